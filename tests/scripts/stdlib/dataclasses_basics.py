from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point(5), Point(x=7, tags=["a"]), Point.count, Point.y)
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print(fields(Point)[1].default, fields(Point)[2].default_factory is list, fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p), replace(p, y=5), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
print(Point.__match_args__, Point.__hash__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
a, b = Point(1), Point(1)
a.tags.append("only a")
print(a.tags, b.tags)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = field(default="", repr=False, compare=False)


line = Line(Point(0, 0), Point(3, 4), "diagonal")
print(line, line == Line(Point(0, 0), Point(3, 4), "other"))
print(asdict(line))
print(astuple(line))


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    pairs: list = field(default_factory=list)


inv = Inventory({"apple": Point(1, 1)}, [(Point(2), "two")])
print(asdict(inv))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), type(Plain.__repr__).__name__, Plain.__hash__ is object.__hash__)


@dataclass
class WithOwn:
    v: int

    def __repr__(self):
        return "own repr"


print(WithOwn(1))


@dataclass
class Matched:
    x: int
    y: int


match Matched(1, 2):
    case Matched(a, b):
        print("matched", a, b)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
