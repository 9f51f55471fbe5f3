# __getitem__, __setitem__, __delitem__ including slices passed as slice objects.
class Seq:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', repr(key))
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', repr(key), value)
        if isinstance(key, slice):
            print('slice parts', key.start, key.stop, key.step)
            return
        if isinstance(key, tuple) and isinstance(key[0], slice):
            print('tuple with a slice', key[0].stop, key[1])
            return
        self.data[key] = value
    def __delitem__(self, key):
        print('del', repr(key))
        if not isinstance(key, slice):
            del self.data[key]

s = Seq()
s[1] = 'one'
s['k'] = 'kay'
print(s[1], s['k'])
print(s[1:5])
print(s[::2])
print(s[:])
print(s[-1:None:-1])
s[1, 2] = 'pair'
print(s[1, 2])
s[0:3] = 'slice'
s[1:2, 3] = 'mixed'
print(sorted(map(repr, s.data)))
del s[1]
try:
    s[1]
except KeyError as e:
    print('KeyError:', e)
del s[2:]
s[...] = 'dots'
print(s[...])
print(type(slice(1, 2)).__name__, slice(3), slice(1, 2, 3))
