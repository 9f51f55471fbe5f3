# The slots lesson: two ways to store a point's attributes.
#
# A normal class keeps its attributes in a per-instance dict: any name can be
# added at any time. A class with __slots__ declares its attribute names up
# front: each instance is a fixed array of values reached by slot number, so
# it is smaller and it refuses names it did not declare.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class DictPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"DictPoint({self.x}, {self.y})"


p = Point(3, 4)
d = DictPoint(3, 4)
print(p, d)

# The class holds one member descriptor per slot: p.x reads slot 0.
print(Point.x, type(Point.x).__name__)
print("Point slots:", Point.__slots__)

# A dict-backed point takes any new attribute...
d.z = 5
print("DictPoint attributes:", vars(d))

# ...a slotted one does not.
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print("has __dict__?", hasattr(p, "__dict__"), hasattr(d, "__dict__"))

# What each instance occupies in pyslot, in bytes.
small = Point(1, 2)
plain = DictPoint(1, 2)
print("sizeof slotted point:", sizeof(small))
print("sizeof dict-backed point:", sizeof(plain))
