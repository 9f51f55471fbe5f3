# A dict subclass whose __setitem__ lowercases keys; which paths call it.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict()
d['Name'] = 'Ann'
d['AGE'] = 30
print(sorted(d.items()))
print('name' in d, 'Name' in d)
d.update({'City': 'Rome'})
print('after update:', sorted(d))
d.setdefault('Zip', 1)
print('after setdefault:', sorted(d))
c = LowerDict({'Key': 1}, Other=2)
print('constructor:', sorted(c))
print(type(c).__name__, len(c))

# A version that routes the bypassing paths through __setitem__ by hand
class LowerDict2(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

e = LowerDict2({'Key': 1}, Other=2)
e.update(MORE=3)
print('routed:', sorted(e.items()))
print(repr(LowerDict2(A=1)), str(LowerDict2(B=2)))
try:
    e[5] = 'five'
except AttributeError as err:
    print(type(err).__name__, str(err))
