# dir() of instances and classes, filtered to non-dunder names.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Point(Base):
    dims = 2
    def __init__(self):
        self.x = 1
        self.y = 2
    def norm(self):
        pass
    def _private(self):
        pass

p = Point()
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(Point) if not n.startswith('__')])
p.zz = 0
print([n for n in dir(p) if not n.startswith('__')])
print('__init__' in dir(p), '__class__' in dir(p))
print(dir(p) == sorted(dir(p)))
