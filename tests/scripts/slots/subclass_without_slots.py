# A subclass without __slots__ gets a __dict__ besides the inherited slots.
class Base:
    __slots__ = ('x',)

class Child(Base):
    pass

c = Child()
c.x = 1
c.y = 2
print(c.x, c.y)
print(c.__dict__)
print('x' in c.__dict__)
print(hasattr(c, '__dict__'), hasattr(Base(), '__dict__'))
print(vars(c))
c.__dict__['x'] = 'in dict'
print(c.x)
print(Child.x is Base.x)
print('__slots__' in Child.__dict__, Child.__slots__)
