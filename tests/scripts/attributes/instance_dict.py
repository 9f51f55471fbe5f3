# obj.__dict__ is readable, writable and assignable.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.__dict__)
p.__dict__['z'] = 3
print(p.z)
print(vars(p))
print(vars(p) is p.__dict__)
p.__dict__ = {'a': 1}
print(p.a, hasattr(p, 'x'))
print(p.__dict__)
try:
    p.__dict__ = [1, 2]
except TypeError as e:
    print('TypeError:', e)
d = {'shared': True}
p.__dict__ = d
q = Point(0, 0)
q.__dict__ = d
q.extra = 'e'
print(p.extra, sorted(d))
p.__dict__.update(n=5, m=6)
print(p.n, p.m)
p.__dict__.clear()
print(p.__dict__)
