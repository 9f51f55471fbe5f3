# Builtins consuming generators.
def gen():
    yield 3
    yield 1
    yield 2

print(list(gen()))
print(tuple(gen()))
print(sum(gen()), sum(gen(), 10))
print(max(gen()), min(gen()))
print(sorted(gen()), sorted(gen(), reverse=True))
print(any(gen()), all(gen()))
print(any(x > 5 for x in gen()), all(x > 0 for x in gen()))
print(sorted(set(gen())))
print(set(x % 2 for x in gen()) == {0, 1})
print(dict((x, x * x) for x in gen()))
print(frozenset(gen()) == frozenset([1, 2, 3]))
print('-'.join(str(x) for x in gen()))
print(''.join(c.upper() for c in 'abc'))
print(len(list(gen())))
print(max((x for x in []), default='empty'))
print(dict(zip(gen(), 'abc')))
print(list(reversed(list(gen()))))
