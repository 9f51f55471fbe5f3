# A million points, slotted and dict-backed, kept alive together: run it as
#   pyslot --memstat examples/million_points.py
# to see, after the run, how many instances of each class there were at
# their peak and how many bytes each took. Usage: ... [N]
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class DictPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
slotted = [Point(i, -i) for i in range(n)]
plain = [DictPoint(i, -i) for i in range(n)]
print(len(slotted), len(plain), "points;", "last:", slotted[-1].x, plain[-1].y)
