# Tuple creation, indexing, slicing and immutability.
t = (1, 'two', 3.0)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), (1), tuple())
single = 5,
print(single, type(single))
print(tuple('abc'), tuple([1, 2]), tuple(range(3)))
print(t + (4,), (0,) * 3, 2 * (1, 2))
print(t.count(1), t.index('two'))
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index('zzz')
except ValueError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
print(1 in t, 'two' in t)
print(t[::-1], t[::2])
