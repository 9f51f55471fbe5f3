# A simple class: instance attributes from __init__, methods, class attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, -4)
print(p.x, p.y)
print(p.norm1())
q = p.moved(1, 1)
print(q.x, q.y)
print(p.dims, Point.dims, q.dims)
print(type(p).__name__)
print(type(p) is Point)
print(Point.__name__)
print(repr(p).startswith('<__main__.Point object at 0x'))
print(Point)
print(type(p))
print(isinstance(p, Point), isinstance(3, Point))
print(Point.norm1(p))
