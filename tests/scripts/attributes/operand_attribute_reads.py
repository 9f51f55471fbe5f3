# Attribute reads as the operands of arithmetic and comparisons
# (`a.x * b.x`, `n.color == EMPTY`): a warm site answers them in place, and
# every change that should change the answer does.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def dot(a, b):
    return a.x * b.x + a.y * b.y


def same_x(a, b):
    return a.x == b.x


def is_big(a):
    if a.x > 10:
        return "big"
    return "small"


# Warm the sites with one class, then bring the other through the same ones.
for i in range(5):
    print(dot(Vec(i, 2), Vec(3, i)), same_x(Vec(i, 0), Vec(2, 0)), is_big(Vec(i * 5, 0)))
for i in range(3):
    print(dot(Slotted(i, 2), Slotted(3, i)), same_x(Slotted(i, 1), Vec(i, 9)))
print(dot(Vec(1.5, 2), Slotted(2, 0.25)), dot(Vec("ab", "c"), Vec(2, 1)))

# An attribute deleted from a warm instance: the error, at the read.
v = Vec(1, 2)
print(dot(v, v))
del v.x
try:
    dot(v, v)
except AttributeError as e:
    print("AttributeError:", e)
s = Slotted(1, 2)
del s.y
try:
    print(s.x + s.y)
except AttributeError as e:
    print("AttributeError:", e)

# A property added to the class after the sites are warm hides the
# instance's own value (a data descriptor wins).
w = Vec(4, 5)
print(dot(w, w), is_big(w))
Vec.x = property(lambda self: 100, lambda self, value: None)
print(dot(w, w), is_big(w), same_x(w, Vec(7, 7)))
del Vec.x
print(dot(w, w), is_big(w))

# __getattr__ answers only what the instance lacks.


class Fallback:
    def __init__(self):
        self.x = 3

    def __getattr__(self, name):
        return 40


fb = Fallback()
for _ in range(3):
    print(fb.x + fb.y, fb.x < fb.y)

# __getattribute__ on a subclass sees every read, at a site warm for its base.


class Base:
    def __init__(self, x):
        self.x = x


class Loud(Base):
    def __getattribute__(self, name):
        print("read", name)
        return object.__getattribute__(self, name)


def double(o):
    return o.x + o.x


for o in (Base(1), Base(2), Loud(3), Base(4)):
    print(double(o))

# Not an instance: a module, a class, a builtin value, None.
import math


class K:
    x = 6


def twice(o):
    return o.x * 2 if hasattr(o, "x") else o.real * 2


print(twice(K), twice(K()), twice(3), twice(2.5))
print(math.pi * 2 > 6, (1 + 2j).imag == 2)
try:
    n = None
    print(n.x < 1)
except AttributeError as e:
    print("AttributeError:", e)
