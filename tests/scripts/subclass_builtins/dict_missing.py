# __missing__ on a dict subclass: only d[key] calls it.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        print('  missing', key)
        value = self[key] = self.factory()
        return value

counts = DefaultDict(int)
for word in 'the cat and the hat and the bat'.split():
    counts[word] += 1
print(sorted(counts.items()))
print(len(counts), counts['the'])
print('get:', counts.get('dog'), counts.get('dog', 0))
print('in:', 'dog' in counts)
print('setdefault:', counts.setdefault('emu', 9))
try:
    counts.pop('fox')
except KeyError as e:
    print(type(e).__name__, str(e))
print('now:', counts['fox'], 'fox' in counts)
groups = DefaultDict(list, a=[1])
groups['a'].append(2)
groups['b'].append(3)
print(groups, type(groups).__name__)
print(list(groups.keys()), list(groups.values()))

class Zero(dict):
    def __missing__(self, key):
        return 0

z = Zero(x=1)
print(z['x'], z['y'], len(z), z)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError('no such key: ' + repr(key))

try:
    Strict()['k']
except KeyError as e:
    print(type(e).__name__, str(e))
