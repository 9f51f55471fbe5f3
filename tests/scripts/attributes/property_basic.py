# property: getter, setter, deleter in decorator form.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        print('get radius')
        return self._r

    @radius.setter
    def radius(self, v):
        print('set radius', v)
        if v < 0:
            raise ValueError('negative radius')
        self._r = v

    @radius.deleter
    def radius(self):
        print('del radius')
        del self._r

c = Circle(2)
print(c.radius)
c.radius = 5
print(c._r)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
del c.radius
print(hasattr(c, '_r'))
print(type(Circle.radius).__name__)
print(Circle.radius.__doc__)
print(Circle.radius.fget.__name__, Circle.radius.fset is not None, Circle.radius.fdel is not None)
