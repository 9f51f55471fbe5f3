from dataclasses import dataclass, field, fields, replace, FrozenInstanceError, InitVar, KW_ONLY


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"))
print(sorted([Version(3), Version(1, 5), Version(1)]))
print(hash(v) == hash((1, 2)), {v: "x"}[Version(1, 2, "n")], replace(v, minor=9))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    weight: int = field(default=0, hash=False)


print(hash(Tagged("a", 5)) == hash(("a",)), Tagged("a") == Tagged("a"))


@dataclass
class Unhashable:
    x: int


print(Unhashable.__hash__)
try:
    {Unhashable(1)}
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, factor):
        self.total = self.base * factor


s = Scaled(3)
print(s, Scaled(3, 10).total, [f.name for f in fields(Scaled)], replace(s, base=4, factor=5))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    name: str
    _: KW_ONLY
    size: int = 1
    color: str


print(Mixed("m", color="red"), Mixed.__match_args__)


@dataclass
class Partly:
    a: int
    b: int = field(default=5, kw_only=True)
    c: int = 0


print(Partly(1, 2), Partly(1, b=3, c=4))


@dataclass
class Counter:
    hits: int = field(default=0, init=False)
    name: str = "c"


c = Counter("z")
c.hits += 1
print(c, Counter.__match_args__)
try:
    replace(c, hits=3)
except ValueError as e:
    print("ValueError:", e)
try:
    Counter(1, "x")
except TypeError as e:
    print("TypeError:", e)
