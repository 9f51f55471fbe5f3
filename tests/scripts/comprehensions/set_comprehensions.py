# Set comprehensions (printed sorted).
s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({len(w) for w in 'a bb cc ddd eeee'.split()}))
print(sorted({c for c in 'mississippi'}))
print({x for x in range(3)} == {0, 1, 2})
print(sorted({(x, y) for x in range(2) for y in range(2)}))
print({n for n in [] if n})
print(sorted({abs(v) for v in [-3, 3, -2, 2, 1]}))
