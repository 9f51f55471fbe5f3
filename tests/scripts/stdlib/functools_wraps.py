# update_wrapper and wraps copy the wrapped function's identity.
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


add.extra = "kept"
print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(4, 5), add.__wrapped__.__name__)


class Box:
    def method(self):
        "A method."
        return 1


def plain():
    pass


plain.marker = 42
w = update_wrapper(lambda: None, Box.method)
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is Box.method)


def outer():
    pass


copied = update_wrapper(outer, plain)
print(copied is outer, outer.__name__, outer.marker, outer.__dict__["__wrapped__"] is plain)
only_doc = update_wrapper(lambda: 0, add, assigned=("__doc__",), updated=())
print(only_doc.__name__, only_doc.__doc__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


class Callable:
    def __call__(self):
        return "called"


obj = Callable()
update_wrapper(obj, plain)
print(obj.__name__, obj(), obj.marker)


def decorator_with_args(tag):
    def deco(func):
        @wraps(func)
        def inner(*args):
            return f"<{tag}>{func(*args)}</{tag}>"
        return inner
    return deco


@decorator_with_args("b")
def greet(name):
    "Greets."
    return "hi " + name


print(greet("ann"), greet.__name__, greet.__doc__)
