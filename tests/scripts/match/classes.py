# Class patterns: an isinstance check, then attributes by keyword or by
# position through __match_args__; builtin types match themselves.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"on the z axis at {z}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 7), Point3(0, 1, 7), "point"]:
    print(where(p))

# Keyword sub-patterns read any attribute, a missing one fails the match.
class Box:
    def __init__(self):
        self.width = 3


match Box():
    case Box(height=h):
        print("no")
    case Box(width=3):
        print("Box(width=3)")

match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)

# Builtin types: one positional sub-pattern matches the whole subject.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting with {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return "something else"


for v in [True, 3, 2.5, "s", b"b", [1, 2], [], (1,), {"k": 9}, {}, {1, 2},
          frozenset([1]), None, 1j]:
    print(kind(v))


# Subclasses of builtin types match themselves too, unless they set
# __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real",)


match MyInt(4):
    case MyInt(v):
        print("MyInt matched itself:", type(v).__name__, v)
match MyInt(4):
    case int(v):
        print("and int() matches it too:", v)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius through __match_args__:", type(r).__name__, r)
match 7:
    case MyInt():
        print("no")
    case int():
        print("7 is not a MyInt")

# Dotted class names.
class shapes:
    class Circle:
        __match_args__ = ("r",)

        def __init__(self, r):
            self.r = r


match shapes.Circle(2):
    case shapes.Circle(r=1):
        print("no")
    case shapes.Circle(r):
        print("dotted class, r =", r)


# __match_args__ may name properties and computed attributes; all are read
# before any sub-pattern is tried.
class Temp:
    __match_args__ = ("kelvin", "label")

    def __init__(self, k):
        self.k = k

    @property
    def kelvin(self):
        print("  reading kelvin")
        return self.k

    @property
    def label(self):
        print("  reading label")
        return "hot" if self.k > 300 else "cold"


match Temp(350):
    case Temp(0, _):
        print("no")
    case Temp(k, "hot"):
        print("hot at", k)


# __getattr__ supplies attributes; an AttributeError means "no match".
class Dyn:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)


match Dyn():
    case Dyn(other=1):
        print("no")
    case Dyn(magic=m):
        print("__getattr__ gave", m)


# Other errors from an attribute propagate.
class Broken:
    @property
    def value(self):
        raise KeyError("boom")


try:
    match Broken():
        case Broken(value=1):
            pass
except KeyError as e:
    print("KeyError propagated:", e)


# isinstance honours a metaclass's __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10


class Big(metaclass=Meta):
    pass


for v in [5, 50]:
    match v:
        case Big():
            print(v, "is Big")
        case _:
            print(v, "is not Big")

# Sub-patterns of all kinds inside a class pattern.
match Point([1, 2], {"k": Point(3, 4)}):
    case Point([a, b], {"k": Point(x=c) as inner}):
        print("nested", a, b, c, type(inner).__name__)

# A match_args shorter than the positional patterns is an error only when
# the instance check passes.
match "not a point":
    case Point(1, 2):
        print("no")
    case _:
        print("instance check first")

# __match_args__ is looked up on the class, through the MRO.
class Point2D(Point):
    pass


match Point2D(5, 6):
    case Point2D(a, b):
        print("inherited __match_args__", a, b)


# Keyword names in class patterns are not mangled (captures are).
class Holder:
    def __init__(self):
        self.__secret = 1

    def check(self):
        match self:
            case Holder(__secret=s):
                return ("unmangled found", s)
            case Holder(_Holder__secret=__s):
                return ("full name found", __s, sorted(locals()))


print(Holder().check())


# The names come from the pattern's class, not the subject's; the same
# pattern with different classes reads different attributes.
class HasX:
    __match_args__ = ("x",)


class HasY:
    __match_args__ = ("y",)


class Both(HasX, HasY):
    __match_args__ = ("y", "x")

    def __init__(self):
        self.x = "x value"
        self.y = "y value"


def first_positional(cls, o):
    match o:
        case cls(p):
            return p


b = Both()
print([first_positional(c, b) for c in [HasX, HasY, Both, HasX, HasY]])

# Changing __match_args__ is seen by the next match.
HasX.__match_args__ = ("y",)
print(first_positional(HasX, b))
HasX.__match_args__ = ("x",)
print(first_positional(HasX, b))
