# Builtins applied to lists.
a = [4, 8, 15, 16, 23, 42]
print(len(a), sum(a), min(a), max(a))
print(sorted(a, reverse=True))
print(list(reversed(a)))
print(a[::-1] == list(reversed(a)))
print(any(x > 40 for x in a), all(x % 2 == 0 for x in a))
print(list(enumerate(a[:3])))
print(list(zip(a, a[1:])))
print(list(map(str, a)))
print(list(filter(lambda x: x % 2, a)))
print(sum([[1], [2, 3]], []))
print(list(range(0)), list())
b = a
a = a + [0]
print(b is a, len(b), len(a))
print(a.index(max(a)))
