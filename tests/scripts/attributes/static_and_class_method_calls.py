# Static and class methods called through instances, at one call site
# again and again: the callee and its receiver must follow every change.


class Base:
    scale = 2

    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def make(cls, x):
        return (cls.__name__, x * cls.scale)


class Child(Base):
    scale = 10


class Other(Base):
    @staticmethod
    def double(x):
        return x * 20

    @classmethod
    def make(cls, x):
        return ("other", x)


def use(obj, x):
    return obj.double(x), obj.make(x)


for obj in [Base(), Child(), Other(), Child(), Base()]:
    print(type(obj).__name__, use(obj, 3))

# An instance attribute of the same name comes first.
b = Base()
b.double = lambda x: "own " + str(x)
print(use(b, 4))
del b.double
print(use(b, 4))

# The class changes: a static method becomes a plain method, a class
# method a static one.
Base.double = lambda self, x: ("plain", x)
Base.make = staticmethod(lambda x: ("static now", x))
print(use(Base(), 5), use(Child(), 5))
del Base.double
try:
    use(Base(), 5)
except AttributeError as e:
    print("AttributeError:", e)


# A callable kept on the instance, called like a method.
class Holder:
    def __init__(self, fn):
        self.fn = fn


for fn in [abs, str.upper, lambda v: v, len]:
    h = Holder(fn)
    arg = "abc" if fn in (str.upper, len) else -7
    print(h.fn(arg))


# A static method wrapping a builtin; a class method wrapping a class.
class Tools:
    size = staticmethod(len)
    build = classmethod(dict)


t = Tools()
for _ in range(2):
    print(t.size([1, 2, 3]))
    try:
        t.build()
    except TypeError as e:
        print("TypeError:", e)


# Slotted instances and a __getattr__ that is never needed.
class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def add(a, b):
        return a + b

    def __getattr__(self, name):
        return "missing " + name


s = Slotted(1)
for _ in range(3):
    print(s.kind(), s.add(s.v, 2), s.nothing)


# A module's functions called at one site while the module changes.
import math


def root(x):
    return math.sqrt(x)


print(root(16.0))
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(root(16.0))
del math.sqrt
try:
    root(16.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
print(root(25.0))


# A callable the instance holds, replaced, then hidden by nothing.
class Box:
    def __init__(self):
        self.op = len

    def op2(self, x):
        return "method " + str(x)


bx = Box()
for fn in [len, str, lambda v: v * 2]:
    bx.op = fn
    print(bx.op([1, 2]))
del bx.op
try:
    bx.op([1])
except AttributeError as e:
    print("AttributeError:", e)
bx.op2 = lambda x: "own " + str(x)
print(bx.op2(1))
del bx.op2
print(bx.op2(1))


class SlotFn:
    __slots__ = ("fn",)


sf = SlotFn()
for fn in [abs, hex]:
    sf.fn = fn
    print(sf.fn(-20))
del sf.fn
try:
    sf.fn(1)
except AttributeError as e:
    print("AttributeError:", e)
