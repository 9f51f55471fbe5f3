# list/tuple/dict/set/frozenset/dict.fromkeys/str.join from iterators.
def gen():
    yield 'b'
    yield 'a'
    yield 'b'

print(list(gen()))
print(tuple(gen()))
print(sorted(set(gen())))
print(sorted(frozenset(gen())))
print(dict.fromkeys(gen()))
print(dict.fromkeys(iter(range(3)), []))
print(dict(zip(gen(), range(3))))
print(dict(enumerate(gen())))
print(dict([('x', 1)], y=2))
print(''.join(gen()), '+'.join(map(str, range(4))))
print(list(range(3)), list('abc'), list({'k': 'v'}), list(b'AB'))
print(tuple({'q': 1}.items()))
try:
    dict([('a', 1), 'abc'])
except ValueError as e:
    print('ValueError:', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError:', e)
try:
    ''.join(x for x in [1, 2])
except TypeError as e:
    print('TypeError:', e)
