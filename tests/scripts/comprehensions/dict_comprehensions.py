# Dict comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2)]})
d = {'one': 1, 'two': 2, 'three': 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({c: 'aabbbc'.count(c) for c in 'aabbbc'})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({w: len(w) for w in 'to be or not to be'.split()})
print(len({x: None for x in range(100)}))
