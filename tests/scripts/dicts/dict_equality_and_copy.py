# Dict equality ignores order; copy is shallow.
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
print({} == {}, {1: 2} == [(1, 2)])
orig = {'list': [1, 2], 'n': 1}
cp = orig.copy()
cp['n'] = 2
cp['list'].append(3)
print(orig, cp)
d2 = dict(orig)
print(d2 == orig, d2 is orig)
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(e)
print(len({i: i for i in range(1000)}))
