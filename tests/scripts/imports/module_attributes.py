# A module is an object: its names, type, repr, docstring and __dict__.
import sys
import _helper

print(sorted(name for name in dir(_helper) if not name.startswith("__")))
print("__name__" in dir(_helper), "__file__" in dir(_helper), "__doc__" in dir(_helper))
print(type(_helper).__name__)
print(isinstance(_helper, type(sys)))
print(repr(_helper).startswith("<module '_helper' from '"))
print(repr(_helper).endswith("_helper.py'>"))
print(repr(sys))
print(_helper.__doc__)
print(_helper.__all__)
print(vars(_helper) is _helper.__dict__)
print(_helper.__dict__["CONST"])
print(getattr(_helper, "missing", "default"))
try:
    _helper.missing
except AttributeError as e:
    print("AttributeError:", e)

_helper.added = "set from outside"
import _helper as again

print(again is _helper, again.added)
del _helper.added
print(hasattr(again, "added"))
