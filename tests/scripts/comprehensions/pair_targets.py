# Comprehensions whose target is two names over pair-making iterators
# (zip, enumerate, dict items), beside the cases that take the general
# path: a captured name, nested targets, generator expressions.

xs = [1, 2, 3, 4]
ys = "abcd"
d = {"x": 1, "y": 2}

print([a * b for a, b in zip(xs, ys)])
print({k: v * 10 for k, v in d.items()})
print({i for i, _ in enumerate(ys)}, [i + x for i, x in enumerate(xs, 100) if x % 2])
print([(a, b, c) for a, b in zip(xs, xs[1:]) for c in range(a, b)])
print(list(a + b for a, b in zip(ys, ys[::-1])))
funcs = [lambda: k for k, v in d.items()]
print([fn() for fn in funcs])
print([a for a, a in enumerate("pq")], [(i, (p, q)) for i, (p, q) in enumerate(zip(xs, ys))])
print([k for k, v in {}.items()], [b for a, b in zip([], xs)])
it = iter(xs)
print([(a, b) for a, b in zip(it, "z")], list(it))
try:
    print({k: v for k, v in d.items() if d.setdefault("new", 0) is None})
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print([a for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print("ValueError:", e)


def inside_function(pairs):
    total = [x * y for x, y in pairs]
    return sum(total), sorted({y: x for x, y in pairs}.items())


print(inside_function([(1, 2), (3, 4)]))
