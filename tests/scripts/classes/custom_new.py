# __new__: allocation, calling super().__new__(cls), returning another object.
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, value):
        print('__init__', value)
        self.value = value

t = Tracked(5)
print(t.created, t.value)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

print(Singleton() is Singleton())

class ReturnsOther:
    def __new__(cls, x):
        return [x, x]
    def __init__(self, x):
        print('never called')

r = ReturnsOther(3)
print(r, type(r).__name__)

class Sub(Tracked):
    pass

s = Sub(7)
print(type(s).__name__, s.value)
o = object.__new__(Tracked)
print(type(o).__name__, hasattr(o, 'value'))
