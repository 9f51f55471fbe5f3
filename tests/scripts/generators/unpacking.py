# Unpacking a generator.
def gen(n):
    for i in range(n):
        yield i * 10

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(4)
print(init, last)
head, *mid, tail = gen(5)
print(head, mid, tail)
x, *y = gen(1)
print(x, y)
try:
    p, q = gen(3)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, r = gen(2)
except ValueError as e:
    print('ValueError:', e)
try:
    p, *q, r = gen(1)
except ValueError as e:
    print('ValueError:', e)
print([*gen(2), *gen(3)])
print((*gen(2),))
print({*gen(3)} == {0, 10, 20})
def total(*args):
    return sum(args)
print(total(*gen(4)))
