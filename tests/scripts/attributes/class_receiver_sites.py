# Reads and calls with a class itself as the receiver (`Config.SIZE`,
# `Base.__init__(self)`, `Vector.zero()`), through sites that remember
# where the attribute lives: every change to a class is seen at once.


class Base:
    SIZE = 3
    NAME = "base"

    def __init__(self, x):
        self.x = x

    def show(self):
        return f"{type(self).__name__}({self.x})"

    @staticmethod
    def twice(v):
        return 2 * v

    @classmethod
    def make(cls, v):
        return cls(v)


class Child(Base):
    def __init__(self, x, y):
        Base.__init__(self, x)
        self.y = y

    def show(self):
        return Base.show(self) + f"+{self.y}"


class Other(Base):
    SIZE = 7


def read_size(cls):
    return cls.SIZE


def call_twice(cls, v):
    return cls.twice(v)


def make(cls, v):
    return cls.make(v)


for rnd in range(3):
    print([read_size(c) for c in (Base, Child, Other, Base)])
    print([call_twice(c, rnd) for c in (Base, Child, Other)])
    print([type(make(c, rnd)).__name__ for c in (Base, Other)], Child(rnd, 9).show())

# Changing, adding and deleting class attributes between reads.
for step in range(4):
    if step == 1:
        Child.SIZE = 11
    if step == 2:
        del Child.SIZE
    if step == 3:
        Base.SIZE = 100
    print(step, read_size(Base), read_size(Child), read_size(Other))

# The place turning into something else: a property, a descriptor, a
# staticmethod, a plain function.
class Desc:
    def __get__(self, obj, owner):
        return f"desc on {owner.__name__}"


for kind in range(5):
    if kind == 1:
        Other.SIZE = property(lambda self: 1)
    if kind == 2:
        Other.SIZE = Desc()
    if kind == 3:
        Other.SIZE = staticmethod(len)
    if kind == 4:
        Other.SIZE = lambda: "plain"
    v = read_size(Other)
    print(kind, type(v).__name__, v if isinstance(v, (int, str)) else "")

# A static method replaced by a classmethod and back, at one call site.
def call_it(cls):
    return cls.twice(5)


print(call_it(Base))
Base.twice = classmethod(lambda cls, v: (cls.__name__, v))
print(call_it(Base), call_it(Child))
Base.twice = staticmethod(lambda v: -v)
print(call_it(Base), call_it(Child))

# A classmethod read as a value is bound to the class read through.
m = Child.make
print(m.__self__.__name__, type(m(4)).__name__, Child.make.__func__ is Base.make.__func__)
print(Base.show is Base.show, Child.show is Base.show)

# One site, an instance and a class in turn.
def get_name(o):
    return o.NAME


b = Base(1)
print([get_name(o) for o in (b, Base, b, Child, Child(2, 3))])
b.NAME = "own"
print([get_name(o) for o in (b, Base)])


# A metaclass's attributes and properties come first for its classes.
class Meta(type):
    @property
    def SIZE(cls):
        return "meta property"

    def greet(cls):
        return f"hello from {cls.__name__}"


class WithMeta(metaclass=Meta):
    SIZE = 1


print(read_size(WithMeta), WithMeta.greet())
print([read_size(c) for c in (Base, WithMeta, Base)])

# Names type answers itself.
def names(cls):
    return cls.__name__, cls.__qualname__, cls.__module__, cls.__doc__


print(names(Base), names(Child))
Child.__doc__ = "now documented"
print(names(Child))

# Missing attributes: AttributeError at each try, then found once added.
def read_missing(cls):
    try:
        return cls.missing
    except AttributeError as e:
        return str(e)


print(read_missing(Base))
Base.missing = "here"
print(read_missing(Base), read_missing(Child))
del Base.missing
print(read_missing(Child))

# Calls through the class of builtin types and their subclasses.
class MyList(list):
    pass


def joined(cls, items):
    return cls.__name__, str.join(",", items)


print(joined(MyList, ["a", "b"]), dict.fromkeys("ab", 0), MyList.fromkeys if hasattr(MyList, "fromkeys") else None)
print(MyList.append, int.from_bytes(b"\x01\x00", "little"))

# A deep hierarchy, the attribute found far along the MRO.
class L0:
    DEPTH = 0

    def who(self):
        return "L0"


prev = L0
for i in range(1, 12):
    prev = type(f"L{i}", (prev,), {})
print(read_size.__name__, prev.DEPTH, prev.who(prev()), [c.__name__ for c in prev.__mro__][:3])
L0.DEPTH = 5
print(prev.DEPTH)
