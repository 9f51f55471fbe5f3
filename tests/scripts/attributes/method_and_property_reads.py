# Reading a method as a value and reading a property, again and again at
# one place: what is read must follow every change to the class and the
# instance, as in CPython.


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    @property
    def double(self):
        return self.n * 2


def read_bump(obj):
    return obj.bump


def read_double(obj):
    return obj.double


c = Counter()
for i in range(3):
    m = read_bump(c)
    print(m(), m.__self__ is c, m.__func__ is Counter.bump, read_double(c))
print(read_bump(c) == read_bump(c), read_bump(c) is read_bump(c))

# An instance attribute of the same name hides the method from then on.
c.bump = lambda: "own"
print(read_bump(c)(), read_double(c))
del c.bump
print(read_bump(c)())

# The method replaced on the class, then a property replaced by a value.
Counter.bump = lambda self: "replaced"
print(read_bump(c)())
Counter.double = 42
print(read_double(c))
del Counter.double
try:
    read_double(c)
except AttributeError as e:
    print("AttributeError:", e)


# Inherited methods and properties, overridden in a subclass.
class Shape:
    def area(self):
        return 0

    @property
    def kind(self):
        return "shape"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    @property
    def kind(self):
        return "square:" + super().kind


class Blob(Shape):
    pass


def describe(shape):
    f = shape.area
    return f(), shape.kind


for shape in [Shape(), Square(3), Blob(), Square(2), Shape()]:
    print(type(shape).__name__, describe(shape))


# Slotted instances: a method read through a member-less lookup.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(3, -4)
for _ in range(2):
    g = p.norm1
    print(g(), p.swapped.x, p.swapped.y)
try:
    p.norm1 = None
except AttributeError as e:
    print("AttributeError:", e)


# A getter raising AttributeError: with __getattr__ the class answers.
class Lazy:
    @property
    def value(self):
        raise AttributeError("not yet")

    def __getattr__(self, name):
        return "fallback for " + name


class Strict:
    @property
    def value(self):
        raise AttributeError("not yet")


for _ in range(2):
    print(Lazy().value)
    try:
        Strict().value
    except AttributeError as e:
        print("AttributeError:", e)


# A property with no getter, then one given a getter.
class NoGet:
    value = property(None, lambda self, v: None)


for _ in range(2):
    try:
        NoGet().value
    except AttributeError as e:
        print("AttributeError:", e)
NoGet.value = property(lambda self: "now")
print(NoGet().value)


# A materialized __dict__ (vars()) with a method read.
class Bag:
    def __init__(self):
        self.a = 1

    def get(self):
        return self.a


b = Bag()
vars(b)["extra"] = 2
for _ in range(2):
    print(b.get(), (b.get)())
vars(b)["get"] = lambda: "from dict"
print(b.get())
