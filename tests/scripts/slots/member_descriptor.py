# Slots create member descriptors on the class.
class Point:
    __slots__ = ('x', 'y')

print(Point.x)
print(Point.y)
print(type(Point.x).__name__)
print(Point.x.__name__)
print(Point.x.__objclass__ is Point)
print(Point.__dict__['x'] is Point.x)
print([k for k in Point.__dict__ if not k.startswith('__')])
print(repr(Point.y))
print(str(Point.x))
class Sub(Point):
    __slots__ = ('z',)
print(Sub.x, Sub.z)
print(Sub.x is Point.x)
