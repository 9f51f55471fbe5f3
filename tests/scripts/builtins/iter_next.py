# iter() and next() with defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, 'exhausted'))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
s = iter('ab')
print(next(s), list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d), next(d, None))
r = iter(range(3))
print(sum(r), list(r))
t = iter((9,))
print(next(t), next(t, -1))
it2 = iter([1, 2, 3, 4])
for x in it2:
    if x == 2:
        break
print(list(it2))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
