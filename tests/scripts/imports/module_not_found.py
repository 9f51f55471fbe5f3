# Importing modules that do not exist raises ModuleNotFoundError.
import sys

try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__)
    print(e)
    print(repr(e))
    print(e.name)
    print(isinstance(e, ImportError))

try:
    import shapes.nothing
except ModuleNotFoundError as e:
    print(e, "|", e.name)
print("shapes" in sys.modules, "shapes.nothing" in sys.modules)

try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)

try:
    from does_not_exist import thing
except ImportError as e:
    print(type(e).__name__ + ":", e)
print("does_not_exist" in sys.modules)
