# type(name, bases, ns) creates classes dynamically; type(x) returns the class.
def greet(self):
    return 'hi from ' + type(self).__name__

Base = type('Base', (), {'greet': greet, 'x': 1})
Derived = type('Derived', (Base,), {'y': 2})
d = Derived()
print(d.greet())
print(d.x, d.y)
print(Derived.__name__, Derived.__bases__[0].__name__)
print([c.__name__ for c in Derived.__mro__])
print(type(d) is Derived)
print(type(Derived) is type, type(type) is type)
print(type(1).__name__, type('s').__name__, type(None).__name__)
print(isinstance(Derived, type))
E = type('E', (), {})
print(E.__bases__)
print(E.__qualname__, E.__module__)
print(type(3) is int, type(True) is bool)
