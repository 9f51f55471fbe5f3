# Reading, deleting and re-setting slots that have no value.
class Point:
    __slots__ = ('x', 'y')

p = Point()
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, 'x'), getattr(p, 'y', 'unset'))
p.x = 1
print(p.x)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.y
except AttributeError as e:
    print('AttributeError:', e)
p.x = 5
p.y = 6
print(p.x, p.y)
delattr(p, 'y')
print(hasattr(p, 'y'))
try:
    del p.nope
except AttributeError as e:
    print('AttributeError:', e)
