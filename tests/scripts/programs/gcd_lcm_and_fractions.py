# Euclid's algorithm and fraction arithmetic with tuples.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
def reduce(n, d):
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return n // g, d // g
def add(f1, f2):
    return reduce(f1[0] * f2[1] + f2[0] * f1[1], f1[1] * f2[1])
def mul(f1, f2):
    return reduce(f1[0] * f2[0], f1[1] * f2[1])
def show(f):
    return f'{f[0]}/{f[1]}' if f[1] != 1 else str(f[0])
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print(l)
h = (0, 1)
for i in range(1, 11):
    h = add(h, (1, i))
print('H10 =', show(h), float(h[0]) / h[1])
print(show(mul((2, 3), (9, 4))), show(add((1, 2), (1, 2))), show(reduce(10, -4)))
print(show(add((1, 3), (-1, 3))))
