# zip(strict=True).
print(list(zip([1, 2], 'ab', strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip('ab', 'ab', 'abc', strict=True))
except ValueError as e:
    print('ValueError:', e)
z = zip([1, 2, 3], 'ab', strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print('lazy ValueError:', e)
print(list(zip(strict=True)))
print(list(zip([1, 2], [3, 4, 5])))
print(list(zip('abc')))
print(list(zip([], [1, 2])))
