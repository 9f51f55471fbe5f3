# `from module import missing_name` raises ImportError (not
# ModuleNotFoundError); the module itself stays imported.
import sys

try:
    from _helper import nope
except ImportError as e:
    message = str(e)
    print(type(e).__name__, type(e) is ImportError)
    print(message.split(" (")[0])
    print(e.name)

helper = sys.modules["_helper"]
print(helper.__file__.endswith("_helper.py"))
print(message.endswith("(" + helper.__file__ + ")"))

try:
    from shapes import nothing
except ImportError as e:
    print(type(e).__name__ + ":", str(e).split(" (")[0])

try:
    from sys import nope
except ImportError as e:
    print(e)
