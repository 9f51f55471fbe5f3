# sorted, reversed, min and max with key and default.
print(sorted([3, 1, 2]), sorted('cab'), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(''.join(reversed('stressed')))
print(min(3, 1, 2), max(3, 1, 2))
print(min([5, 2, 8]), max('hello'))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(max(['ab', 'cd', 'ef'], key=len))
print(min([], default='empty'), max([], default=None))
print(max({'a': 3, 'b': 7}, key=lambda k: {'a': 3, 'b': 7}[k]))
print(min((2, 'b'), (1, 'z'), (2, 'a')))
print(max([-3, 2, -5], key=abs))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
