from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def warm(self):
        return self is Color.RED


print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.__members__)
print(list(Color.__members__))
print(repr(Color), type(Color).__name__, EnumMeta is EnumType)
print(isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.GREEN.describe(), Color.RED.warm, Color.BLUE.warm)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, f"{Color.GREEN}", "{:>12}|".format(Color.BLUE))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print([c.name for c in reversed(Color)])
print(Color._member_names_)

for bad in (4, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
try:
    unique(Color)
except ValueError as e:
    print("ValueError:", e)


@unique
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(repr(Number.TWO), str(Number.TWO), f"{Number.THREE}", Number.TWO + 1)
print(Number.ONE < Number.TWO, Number.TWO == 2, Number.THREE > 1, sorted([3, Number.ONE, 2]))
print(Number(3), isinstance(Number.ONE, int), [n * 10 for n in Number])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.READ), Mode.WRITE == "w", Mode("read"), Mode.READ.upper())
print("-".join(Mode), f"[{Mode.WRITE}]")

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
