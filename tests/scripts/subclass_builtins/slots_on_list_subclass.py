# A list subclass has a __dict__ unless it declares __slots__.
class Plain(list):
    pass

class Named(list):
    __slots__ = ('name',)

p = Plain([1, 2])
p.name = 'x'
p.size = 2
print(p, p.name, vars(p), hasattr(p, '__dict__'))
print(p.__dict__ == {'name': 'x', 'size': 2})
del p.size
print(vars(p))

n = Named([1, 2])
print(hasattr(n, '__dict__'), Named.__slots__)
try:
    n.name
except AttributeError as e:
    print(type(e).__name__, str(e))
n.name = 'nums'
n.append(3)
print(n, n.name, len(n))
try:
    n.other = 1
except AttributeError as e:
    print(type(e).__name__, str(e))
try:
    vars(n)
except TypeError as e:
    print(type(e).__name__, str(e))
del n.name
print(hasattr(n, 'name'))

class MoreNamed(Named):
    pass

m = MoreNamed()
m.name = 'm'
m.extra = True
print(m.name, vars(m), hasattr(m, '__dict__'))
try:
    [].name = 1
except AttributeError as e:
    print(type(e).__name__, str(e))
