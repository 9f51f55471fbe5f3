# Comprehensions calling functions and using closures.
def square(n):
    return n * n
print([square(n) for n in range(5)])
funcs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in funcs])
words = ['banana', 'Apple', 'cherry']
print(sorted([w.lower() for w in words]))
print([w for w in words if len(w) > 5])
def make():
    base = 100
    return [base + i for i in range(3)]
print(make())
counts = {}
for c in 'abracadabra':
    counts[c] = counts.get(c, 0) + 1
print(counts)
print([divmod(n, 3) for n in range(7)])
print([(i, s) for i, s in enumerate('xyz', 1)])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
