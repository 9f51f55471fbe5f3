# dict(**kw) through super().__init__, plus extra attributes on the instance.
class Config(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.reads = 0

    def read(self, key):
        self.reads += 1
        return self[key]

c = Config('app', debug=True, level=3)
print(c, type(c).__name__, c.name)
print(len(c), 'debug' in c, 'name' in c)
print(list(c.keys()), list(c.values()), list(c.items()))
print(c.read('level'), c.read('debug'), c.reads)
print(vars(c))
c['level'] = 4
del c['debug']
print(c, repr(c), str(c))
print(c == {'level': 4}, {'level': 4} == c)
print(isinstance(c, dict), type(c) is dict)
merged = c | {'x': 1}
print(merged, type(merged).__name__)
c |= {'y': 2}
print(c, type(c).__name__, c.name)
try:
    c.read('missing')
except KeyError as e:
    print(type(e).__name__, str(e), c.reads)
empty = Config('empty')
print(empty, bool(empty), len(empty), empty.name)
print(sorted(Config('z', b=2, a=1)))
print(dict(c), type(dict(c)).__name__)
