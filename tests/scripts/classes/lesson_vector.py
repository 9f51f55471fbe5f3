# Lesson: a 2D Vector class with operators.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vector({self.x}, {self.y})'
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        return iter((self.x, self.y))

v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v)
print(v * w)
print(abs(v))
print(v == Vector(3, 4), v != w, v == (3, 4))
print(bool(Vector(0, 0)), bool(v))
x, y = v
print(x, y, list(w))
print(len({v, Vector(3, 4), w}))
print(sum([v, w, Vector(1, 1)], Vector(0, 0)))
