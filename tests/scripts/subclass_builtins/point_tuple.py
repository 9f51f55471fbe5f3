# A tuple subclass the way namedtuple builds one: __slots__ = () and properties.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return 'Point(x=%r, y=%r)' % (self.x, self.y)

p = Point(3, 4)
print(p, repr(p), str(p), type(p).__name__)
print(p.x, p.y, p[0], p[-1], len(p), list(p))
a, b = p
print(a, b)
print(p == (3, 4), (3, 4) == p, p == Point(3, 4), p != Point(4, 3))
print(hash(p) == hash((3, 4)), {p: 'here'}[(3, 4)])
q = p + (5,)
print(q, type(q).__name__)
print(p[:1], type(p[:1]).__name__, p * 2, type(p * 2).__name__)
print(sorted([Point(2, 1), Point(1, 9), (1, 2)]))
print(p.count(3), p.index(4), 4 in p, max(p))
print(hasattr(p, '__dict__'), Point.__slots__)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, str(e))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, str(e))
try:
    p[0] = 1
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, str(e))
print(isinstance(p, tuple), '%s and %s' % p)
