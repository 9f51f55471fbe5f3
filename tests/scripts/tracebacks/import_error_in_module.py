# An exception raised while a module is imported: the traceback goes through
# the import line into the module's own frames.
print("about to import")
import _raises_on_import

print("never printed")
