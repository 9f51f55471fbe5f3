# vars() and __dict__ on slotted instances.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2

p = Point()
try:
    vars(p)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(p, '__dict__'))
print(Point.__slots__)
print([n for n in dir(p) if not n.startswith('__')])
print(getattr(p, 'x'), getattr(p, 'y'))
print({name: getattr(p, name) for name in Point.__slots__})
print(type(vars(Point)).__name__)
print('x' in vars(Point))
