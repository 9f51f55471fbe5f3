# Unpacking uses the iterator protocol.
class Three:
    def __iter__(self):
        print('unpacking Three')
        return iter('xyz')

a, b, c = Three()
print(a, b, c)
first, *rest = Three()
print(first, rest)
a, (b, c) = 1, iter([2, 3])
print(a, b, c)
x, y = map(int, ['4', '5'])
print(x + y)
p, q = reversed([1, 2])
print(p, q)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
(i1, v1), (i2, v2) = enumerate('ab')
print(i1, v1, i2, v2)
h, *t = range(5)
print(h, t)
*_, last = iter('hello')
print(last)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c, d = Three()
except ValueError as e:
    print('ValueError:', e)
for i, (m, n) in enumerate(zip('ab', 'cd')):
    print(i, m, n)
print([*Three(), *range(2)])
