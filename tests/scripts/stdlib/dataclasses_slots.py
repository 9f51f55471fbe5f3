from dataclasses import dataclass, field, fields, asdict


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, "__dict__"), Pixel.__name__, Pixel.__qualname__)
px.color = "red"
print(px, asdict(px), [f.name for f in fields(Pixel)])
try:
    px.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


f = Frozen(1)
print(f, Frozen.__slots__, hash(Frozen(1, ())) == hash((1, ())))
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)


@dataclass(slots=True)
class Child(Pixel):
    z: int = 0


print(Child(1, 2, z=3), Child.__slots__)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print("TypeError:", e)
