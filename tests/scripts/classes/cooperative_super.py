# Cooperative super().__init__() chains follow the MRO.
class Base:
    def __init__(self):
        print('Base.__init__')
        self.log = ['Base']

class A(Base):
    def __init__(self):
        print('A.__init__ start')
        super().__init__()
        self.log.append('A')

class B(Base):
    def __init__(self):
        print('B.__init__ start')
        super().__init__()
        self.log.append('B')

class C(A, B):
    def __init__(self):
        print('C.__init__ start')
        super().__init__()
        self.log.append('C')

c = C()
print(c.log)
print([k.__name__ for k in C.__mro__])

class Named:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name

class Aged:
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age

class Person(Named, Aged):
    pass

p = Person(name='Ann', age=30)
print(p.name, p.age)
