# Assigning an undeclared attribute on a slotted instance: the carets sit
# under the assignment's target.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def move(points, dz):
    for p in points:
        p.z = dz


move([Point(1, 2)], 3)
