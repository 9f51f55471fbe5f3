# Lesson: a Point with __slots__ compared to a dict-backed Point.
class DictPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

d = DictPoint(1, 2)
s = SlotPoint(1, 2)
print(d.x + d.y, s.x + s.y)
print(hasattr(d, '__dict__'), hasattr(s, '__dict__'))
print(d.__dict__)
print(SlotPoint.__slots__)
d.z = 3
print(d.__dict__)
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(type(SlotPoint.x).__name__, type(DictPoint.__dict__.get('x')).__name__)
print(SlotPoint.x)
s.x = 10
print(s.x, SlotPoint.x.__get__(s))
print(vars(d))
try:
    vars(s)
except TypeError as e:
    print('TypeError:', e)
print([n for n in dir(s) if not n.startswith('__')])
print([n for n in dir(d) if not n.startswith('__')])
