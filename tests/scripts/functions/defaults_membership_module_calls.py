# Calls that fill parameters from defaults, bound methods kept in
# variables, membership tests and module functions called through a module.
import math


def power(base, exp=2, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


print(power(3), power(3, 3), power(3, 3, 5))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3) is append_to(4))


def late(a, b=len("abc"), *, c=10):
    return a + b + c


print(late(1), late(1, 2), late(1, c=0))


def only_defaults(a=1, b=2):
    return (a, b)


print(only_defaults(), only_defaults(5), only_defaults(5, 6))
try:
    only_defaults(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def needs_two(a, b, c=3):
    return a, b, c


try:
    needs_two(1)
except TypeError as e:
    print("TypeError:", e)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1, times=1):
        self.n += by * times
        return self.n


c = Counter()
bump = c.bump
print(bump(), bump(5), bump(2, 3), c.bump(), c.bump(10))
try:
    bump(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  asked about", type(obj).__name__)
        return False


class Odd(metaclass=Meta):
    pass


class OddChild(Odd):
    pass


print(isinstance(Odd(), Odd))  # an exact match: the hook is not asked
print(isinstance(OddChild(), Odd))
print(isinstance(3, Odd))
print(isinstance(True, int), isinstance(3, (str, int)), isinstance(Counter(), object))

seen = {1, 2, "x", (1, 2)}
print(1 in seen, 3 in seen, 3 not in seen, "x" in seen, (1, 2) in seen, 1.0 in seen)
print(1 in {1: 2}, 2 not in {1: 2}, "b" in "abc", 4 in [1, 2], 2 in range(3))
try:
    print([1] in seen)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other

    def __hash__(self):
        return hash(self.v)


boxes = {Box(1), Box("k")}
print(1 in boxes, "k" in boxes, 2 in boxes, 2 not in boxes)


class Contains:
    def __contains__(self, x):
        return x == 42


print(42 in Contains(), 41 in Contains(), 41 not in Contains())


# A module's function called through the module after it moved within the
# module's namespace (deleted, then set again: now its last entry).
def down(x):
    return math.floor(x)


print(down(2.5))
saved = math.floor
del math.floor
math.floor = saved
print(down(3.5), down(-0.5))


# One call site, two modules with a function of the same name, at
# different places in their namespaces.
import operator


def pow_in(m, x):
    return m.pow(x, 2)


for m in (math, operator, math, operator):
    print(m.__name__, pow_in(m, 4))
