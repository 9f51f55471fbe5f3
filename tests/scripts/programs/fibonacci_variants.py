# Fibonacci computed iteratively, recursively with memo, and with big ints.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print([fib_iter(i) for i in range(20)])
print(fib_iter(100))
print(fib_memo(150))
print(fib_iter(300) == fib_memo(300))
print(len(str(fib_iter(1000))))
even_sum = 0
a, b = 1, 2
while a <= 4000000:
    if a % 2 == 0:
        even_sum += a
    a, b = b, a + b
print(even_sum)
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 30, 7)]
print(ratios)
print(f'{fib_iter(90):,}')
