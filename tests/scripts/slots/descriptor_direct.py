# Slot descriptors used directly: __get__, __set__, __delete__.
class Point:
    __slots__ = ('x', 'y')

p = Point()
Point.x.__set__(p, 5)
print(p.x)
print(Point.x.__get__(p))
print(Point.x.__get__(p, Point))
print(Point.x.__get__(None, Point) is Point.x)
Point.x.__delete__(p)
print(hasattr(p, 'x'))
try:
    Point.x.__get__(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point.x.__set__(42, 1)
except TypeError as e:
    print('TypeError:', e)
class Other:
    pass
try:
    Point.y.__get__(Other())
except TypeError as e:
    print('TypeError:', e)
setattr(p, 'y', 'via setattr')
print(Point.y.__get__(p))
