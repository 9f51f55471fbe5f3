# is / is not / in / not in.
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z)
print(x is not z)
print(None is None)
print(1 in x, 3 in x, 3 not in x)
print('bc' in 'abcd', 'x' not in 'abcd')
print('' in 'abc')
print(2 in (1, 2, 3))
print('k' in {'k': 1}, 1 in {'k': 1})
print(5 in range(10), 10 in range(10))
print([1] in [[1], [2]])
print(not 1 in [1])
print(True is True, False is not True)
print(type(None) is type(None))
