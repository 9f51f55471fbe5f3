# len(obj.attr) on a local object, for every kind of value the attribute
# may hold: builtin containers are measured where they are, the rest ask
# their __len__ (or fail) as len(x) would.
from collections import deque


class MyList(list):
    def __len__(self):
        return 99


class Sized:
    def __len__(self):
        return 7


class Box:
    def __init__(self, v):
        self.v = v


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def measure(b):
    return len(b.v)


values = [
    [1, 2, 3],
    (1, 2),
    "héllo",
    "",
    {"a": 1, "b": 2},
    {1, 2, 3, 4},
    frozenset({1}),
    range(0, 10, 3),
    b"bytes",
    bytearray(b"xy"),
    {"k": 1}.keys(),
    deque([1, 2]),
    MyList([1]),
    Sized(),
]
for cls in (Box, Slotted):
    print(cls.__name__, [measure(cls(v)) for v in values])

# The container changes between reads at the same warm site.
b = Box([])
for i in range(4):
    b.v.append(i)
    print(measure(b), end=" ")
b.v = "abc"
print(measure(b))

# No len(), and no attribute at all.
for bad in (Box(5), Box(None), Box(3.5)):
    try:
        measure(bad)
    except TypeError as e:
        print("TypeError:", e)
s = Slotted([1])
del s.v
try:
    measure(s)
except AttributeError as e:
    print("AttributeError:", e)


class Wrong:
    def __len__(self):
        return -1


try:
    measure(Box(Wrong()))
except ValueError as e:
    print("ValueError:", e)
