# Overriding __setattr__ and __delattr__.
class Audited:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)

x = Audited()
x.b = 2
setattr(x, 'c', 3)
print(x.__dict__)
del x.a
print(x.__dict__)
try:
    del x.zz
except AttributeError as e:
    print('AttributeError:', e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is frozen')
    def __delattr__(self, name):
        raise AttributeError('cannot delete ' + name)
f = Frozen(10)
print(f.v)
try:
    f.v = 11
except AttributeError as e:
    print('AttributeError:', e)
try:
    del f.v
except AttributeError as e:
    print('AttributeError:', e)
object.__setattr__(f, 'v', 12)
print(f.v, object.__getattribute__(f, 'v'))
