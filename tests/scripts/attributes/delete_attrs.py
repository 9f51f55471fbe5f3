# Deleting instance attributes; errors for missing ones.
class Point:
    label = 'class label'
    def __init__(self):
        self.x = 1
        self.label = 'instance label'

p = Point()
del p.x
print(hasattr(p, 'x'), p.__dict__)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
print(p.label)
del p.label
print(p.label)
try:
    del p.label
except AttributeError as e:
    print('AttributeError:', e)
delattr(Point, 'label')
print(hasattr(p, 'label'))
try:
    delattr(p, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Point.nothing
except AttributeError as e:
    print('AttributeError:', e)
