# enumerate with start.
print(list(enumerate('abc')))
print(list(enumerate('abc', 1)))
print(list(enumerate('abc', start=10)))
print(list(enumerate('ab', -5)))
print(list(enumerate([], start=3)))
e = enumerate(iter([7, 8, 9]), start=100)
print(next(e))
for i, v in e:
    print(i, v)
print(dict(enumerate('xy', start=1)))
for n, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(n, a + b)
print(list(enumerate(range(2), start=2 ** 70)))
try:
    enumerate('a', start='1')
except TypeError as e:
    print('TypeError:', e)
