# An uncaught ModuleNotFoundError ends the script with status 1.
print("before the import")
import nothere

print("not reached")
