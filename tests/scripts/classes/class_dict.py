# The class body is an ordered namespace stored in the class __dict__.
class Point:
    z = 0
    x = 1
    y = 2

    def move(self):
        pass

    a = 'last'

print([k for k in Point.__dict__ if not k.startswith('__')])
print(Point.__dict__['x'], Point.__dict__['a'])
print(type(Point.__dict__['move']).__name__)
print('move' in Point.__dict__, 'nothere' in Point.__dict__)
print('__module__' in Point.__dict__)
print(type(Point.__dict__).__name__)
try:
    Point.__dict__['x'] = 5
except TypeError as e:
    print('TypeError:', e)
Point.w = 9
print([k for k in Point.__dict__ if not k.startswith('__')])
del Point.z
print([k for k in vars(Point) if not k.startswith('__')])
