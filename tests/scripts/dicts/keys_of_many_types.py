# Keys of different hashable types; equal numbers are the same key.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d[0] = 'zero'
d[False] = 'false'
print(d)
d[(1, 'a')] = 'tuple'
d[None] = 'none'
d['1'] = 'string'
d[frozenset([1])] = 'frozenset'
print(len(d), d[1], d[0], d[None], d['1'], d[frozenset({1})])
print(d[(1, 'a')])
try:
    d[{}] = 1
except TypeError as e:
    print(e)
try:
    d[{1}] = 1
except TypeError as e:
    print(e)
print({2: 'a', 2.0: 'b'})
