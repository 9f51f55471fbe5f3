# `import` of a sibling module: it runs once, its main guard stays off, and
# sys.modules keeps the one module object every import returns.
import sys

print("main: before the first import")
import _helper

print("main: after the first import")
import _helper

print("main: after the second import (no second module body run)")
import _helper as h

print(h is _helper)
print(_helper.__name__)
print(_helper.CONST, _helper.func(5))
print(_helper.Greeter("pyslot").greet())
print("_helper" in sys.modules)
print(sys.modules["_helper"] is _helper)


def inside_function():
    import _helper as local_helper
    return local_helper.CONST + 1, local_helper is _helper


print(inside_function())
print("local_helper" in globals())
