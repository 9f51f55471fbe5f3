# singledispatch and cached_property.
from functools import singledispatch, cached_property, singledispatchmethod


@singledispatch
def describe(obj):
    return "something"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"


def describe_str(obj):
    return f"str {obj!r}"


describe.register(str, describe_str)


class Base:
    pass


class Derived(Base):
    pass


@describe.register
def _(obj: Base):
    return "a Base"


for value in [5, True, [1, 2], (1,), "hi", 2.5, Derived(), None]:
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.__wrapped__)
print(describe.registry[str] is describe_str, object in describe.registry)
print(describe.__name__)

try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    @describe.register
    def _(obj):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    @describe.register
    def _(obj: list[int]):
        pass
except TypeError as e:
    print("TypeError", e)


@describe.register
def _(obj: float | complex):
    return "a number"


print(describe(1.5), describe(2j))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"

    @fmt.register(str)
    def _(self, arg):
        return f"str:{arg}"


f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(None))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        "The area, computed once."
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 100
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname)

try:
    class Twice:
        def get(self):
            return 1
        a = cached_property(get)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)
try:
    class Again:
        def get(self):
            return 1
        first = cached_property(get)
        second = first
except RuntimeError as e:
    print("RuntimeError", e)
    print("caused by", type(e.__cause__).__name__, e.__cause__)

from collections.abc import Sequence, Mapping, MutableSequence


@singledispatch
def kind(x):
    return "other"


@kind.register(Sequence)
def _(x):
    return "sequence"


@kind.register(Mapping)
def _(x):
    return "mapping"


print(kind([1]), kind("s"), kind((1,)), kind({}), kind(3), kind(object()))


@kind.register(MutableSequence)
def _(x):
    return "mutable sequence"


@kind.register(tuple)
def _(x):
    return "tuple"


print(kind([1]), kind("s"), kind((1,)), kind(range(2)))
