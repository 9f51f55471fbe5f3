# Lambdas as expressions.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda: 'no args')())
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda x: x % 3, range(7))))
