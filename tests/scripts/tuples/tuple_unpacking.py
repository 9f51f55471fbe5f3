# Tuple packing and unpacking.
point = (3, 4)
x, y = point
print(x, y)
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([5, 3, 8])
print(lo, hi)
for name, score in (('ann', 90), ('bob', 85)):
    print(name, score)
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last)
a, b = b, a
print(a, b)
print(divmod(17, 5), *divmod(17, 5))
