# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
(h, *t), other = [1, 2, 3], 'x'
print(h, t, other)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
head, *_ = 'only one'.split()
print(head)
[*front, back] = [10]
print(front, back)
