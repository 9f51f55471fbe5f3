# reversed() on builtin sequences.
print(list(reversed([1, 2, 3])))
print(list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))))
print(''.join(reversed('hello')))
print(tuple(reversed((1, 'a', None))))
print(list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})))
print(list(reversed({'a': 1, 'b': 2}.values())))
print(list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print('TypeError:', e)
lst = [1, 2, 3]
r2 = reversed(lst)
lst.append(4)
print(list(r2))
