# Slots with inheritance: a subclass adds slots after its parent's.
#
# Each class in the chain declares only its own new names; the slots are
# numbered in declaration order, the parent's first, so a Point3D keeps x and
# y where a Point keeps them and z after them. A subclass that declares no
# __slots__ gets a __dict__ again (and loses the saving), and two parents with
# slots of their own cannot be combined.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Labeled(Point):
    # No __slots__ here: instances get a __dict__ for any other name.
    pass


p = Point3D(1, 2, 3)
print("Point3D slots of its own:", Point3D.__slots__, "inherited:", Point.__slots__)
layout(Point3D)
layout(p)

# The member descriptors live on the class that declared each slot.
print(Point3D.x is Point.x, Point3D.z)

lab = Labeled(5, 6)
lab.name = "corner"
print("Labeled has a __dict__:", vars(lab), "and sizeof", sizeof(lab), "vs", sizeof(Point(5, 6)))
explain(lab, "x")
explain(lab, "name")

# Two bases that each lay out slots cannot share one instance layout.
class Color:
    __slots__ = ("rgb",)


try:
    class ColoredPoint(Point, Color):
        pass
except TypeError as e:
    print("TypeError:", e)
