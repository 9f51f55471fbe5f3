# Star and double-star unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 5))
print([0, *range(3), *'ab'])
print({*a, *b} == {1, 2, 3, 4})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'w': 0, **d1, 'x': 100})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b))
print(f(**d1))
print(f(0, *a, k=1, **d2))
print([*[], *()])
first, *rest = [*a, *b]
print(first, rest)
print(*a, *b, sep=', ')
