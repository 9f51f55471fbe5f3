# property(fget, fset, fdel, doc) call form and read-only properties.
class P:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, 'doc of x')
    ro = property(lambda self: 'read only')

p = P()
p.x = 4
print(p.x, p._x)
print(P.x.__doc__)
print(p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.ro
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
class Q:
    @property
    def val(self):
        return 1
try:
    Q().val = 2
except AttributeError as e:
    print('AttributeError:', e)
wo = property(None, lambda self, v: None)
class R:
    w = wo
try:
    R().w
except AttributeError as e:
    print('AttributeError:', e)
