# Assigning an attribute that is not a slot fails.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(p, 'w', 4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(p.z)
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, 'z'), getattr(p, 'z', 'default'))
p.x = 'changed'
print(p.x)
print(hasattr(p, '__dict__'))
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
