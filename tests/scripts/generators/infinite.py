# Infinite generators consumed with break and with zip.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print('first square over 50 from', n)
        break

print(list(zip('abc', naturals())))
print(list(zip(naturals(), range(3), 'xyzw')))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(next(f))

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(5, fib())))
evens = (x for x in naturals() if x % 2 == 0)
print(list(take(4, evens)))
print(next(evens))
