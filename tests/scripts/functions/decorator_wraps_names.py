# A hand-written functools.wraps: a wrapper takes the wrapped function's
# name, qualified name, docstring and module.
def my_wraps(fn):
    def deco(wrapper):
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__doc__ = fn.__doc__
        wrapper.__module__ = fn.__module__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco


def logged(fn):
    @my_wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Area of a w x h rectangle."""
    return w * h


print(area(3, 4))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__.__name__, sorted(area.__dict__))
print(repr(area).split(" at ")[0])
def g():
    pass
g.__doc__ = None
print(g.__doc__, g.__name__)
g.__name__ = "h"
print(g.__name__, repr(g).split(" at ")[0])
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
g.x = 1
print(g.__dict__)
