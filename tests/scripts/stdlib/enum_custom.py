from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = "r"
    GREEN = "g"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
    @classmethod
    def default(cls):
        return cls.RED
    def __str__(self):
        return self.name.lower()
print(Color("R"), Color.default(), isinstance(Color.RED, Enum), str(Color.GREEN), repr(Color.GREEN))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404).name, Status.OK == 200, {Status.OK: 1}[200], int(Status.NOT_FOUND), Status.OK.value + 1, max(Status))
print(Color.RED.__class__.__name__, type(Color).__name__, Color.__name__, Color.RED is Color("r"))
class Ordered(Enum):
    A = auto()
    B = auto()
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.B, Ordered.A]))
print(Color.__members__.keys(), [m for m in Color.__members__])
try:
    Color(5)
except ValueError as e:
    print(e)
class Shade(str, Enum):
    DARK = "dark"
print(Shade.DARK == "dark", repr(Shade.DARK), str(Shade.DARK), f"{Shade.DARK}")
