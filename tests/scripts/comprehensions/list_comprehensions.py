# List comprehensions with conditions and expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([c.upper() for c in 'hello'])
print([(x, y) for x in range(3) for y in range(x)])
print([len(w) for w in 'the quick brown fox'.split()])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([[0] * 3 for _ in range(2)])
print([i for i in []])
words = ['apple', 'Bob', 'cat', 'Dog']
print([w for w in words if w[0].isupper()])
print([str(n) + '!' for n in range(3)])
print(sum([i for i in range(101)]))
