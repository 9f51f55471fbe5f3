# Properties are inherited and can be overridden or extended in subclasses.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @property
    def name(self):
        return 'base'

class Child(Base):
    @property
    def name(self):
        return 'child of ' + super().name
    @Base.v.setter
    def v(self, value):
        self._v = value

c = Child()
print(c.v, c.name)
c.v = 9
print(c.v)
try:
    Base().v = 3
except AttributeError as e:
    print('AttributeError:', e)
print(Child.v is Base.v, Child.v.fget is Base.v.fget)
class Shadow(Base):
    v = 'plain class attr'
print(Shadow().v)
