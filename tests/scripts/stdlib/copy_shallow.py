# copy.copy: builtin containers, immutable objects returned as they are,
# instances with a __dict__ or __slots__, subclasses of builtins, __copy__,
# and __reduce__.
import copy

nums = [1, [2, 3]]
c = copy.copy(nums)
print(c, c is nums, c[1] is nums[1], c == nums)
d = {"a": [1], "b": 2}
dc = copy.copy(d)
dc["b"] = 3
print(d, dc, dc["a"] is d["a"])
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.copy(bytearray(b"xy")))
t = (1, [2])
fs = frozenset([1])
print(copy.copy(t) is t, copy.copy(fs) is fs, copy.copy("str") == "str", copy.copy(None))
for obj in [1, 2.5, True, 3j, b"b", range(3), len, print, int, copy.copy, Ellipsis]:
    print(repr(obj) if not callable(obj) else type(obj).__name__, copy.copy(obj) is obj)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
q.tags.append("shared")
print(p, q, q.tags is p.tags, type(q).__name__)


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self):
        self.a = 1
        self.__hidden = "h"

    def hidden(self):
        return self.__hidden


class MoreSlots(Slotted):
    __slots__ = ("c",)


sl = Slotted()
sc = copy.copy(sl)
print(sc.a, hasattr(sc, "b"), sc.hidden(), type(sc).__name__)
m = MoreSlots()
m.c = [3]
mc = copy.copy(m)
print(mc.a, mc.c, mc.c is m.c, mc.hidden())


class WithCopy:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.n + 1)


print(copy.copy(WithCopy(1)).n)


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args + ("again",))


print(copy.copy(Reduced(1, 2)).args)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.note = "n"
mlc = copy.copy(ml)
print(mlc, type(mlc).__name__, mlc.note, mlc[1] is ml[1], mlc is ml)
md = MyDict(a=1)
mdc = copy.copy(md)
print(mdc, type(mdc).__name__)


class Big(int):
    pass


b = copy.copy(Big(7))
print(b, type(b).__name__)

from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap

P = namedtuple("P", "x y")
print(copy.copy(P(1, [2])), type(copy.copy(P(1, 2))).__name__)
dq = deque([1, [2]], maxlen=5)
dqc = copy.copy(dq)
print(dqc, dqc[1] is dq[1], dqc is dq)
dd = defaultdict(list, a=[1])
ddc = copy.copy(dd)
print(ddc, ddc["a"] is dd["a"], ddc.default_factory)
print(copy.copy(Counter("aab")), copy.copy(OrderedDict(a=1, b=2)), copy.copy(ChainMap({"a": 1}, {"b": 2})))

# Errors.
import sys


def gen():
    yield 1


for bad in [gen(), sys]:
    try:
        copy.copy(bad)
    except TypeError as e:
        print("TypeError", e)


class NoCopy:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(NoCopy())
except copy.Error as e:
    print("copy.Error", e)
print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)


class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
gm = copy.copy(g.hello)
print(gm(), gm.__self__ is g, gm == g.hello)
