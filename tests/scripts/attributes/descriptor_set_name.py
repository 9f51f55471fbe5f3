# User descriptors with __set_name__, __get__, __set__ and __delete__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('deleting', self.name)
        obj.__dict__.pop(self.name, None)

class Person:
    name = Typed(str)
    age = Typed(int)

p = Person()
print(p.name, p.age)
p.name = 'Ann'
p.age = 30
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
del p.age
print(p.age)
print(Person.name.kind.__name__)
