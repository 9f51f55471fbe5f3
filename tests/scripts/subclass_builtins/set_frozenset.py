# set and frozenset subclasses: inherited methods, operators give plain types.
class Bag(set):
    def add_all(self, *items):
        for it in items:
            self.add(it)
        return self

class Key(frozenset):
    def label(self):
        return '+'.join(sorted(self))

b = Bag([3, 1])
b.add(2)
b.add_all(5, 6)
b.discard(6)
b.discard(99)
print(sorted(b), len(b), 2 in b, 9 in b, type(b).__name__)
for r in (b | {9}, b & {1, 2, 7}, b - {1}, b ^ {1, 10}):
    print(sorted(r), type(r).__name__)
print(sorted(b.union([0])), type(b.union([0])).__name__)
b |= {100}
print(sorted(b), type(b).__name__)
print(b == {1, 2, 3, 5, 100}, b <= {1, 2, 3, 5, 100, 7}, bool(Bag()))
print(Bag(), Bag([1]))
k = Key(['b', 'a'])
print(k.label(), len(k), 'a' in k, type(k).__name__)
for r in (k | {'c'}, k & {'a'}, k - {'a'}):
    print(sorted(r), type(r).__name__)
perms = {k: 'admin', Key(['x']): 'guest'}
print(perms[frozenset({'a', 'b'})], perms[Key('x')])
print(hash(k) == hash(frozenset('ab')), k == {'a', 'b'}, k == frozenset('ab'))
print(sorted(perms[key] for key in perms))
try:
    k.add('z')
except AttributeError as e:
    print(type(e).__name__, str(e))
try:
    {b: 1}
except TypeError as e:
    print(type(e).__name__, str(e))
