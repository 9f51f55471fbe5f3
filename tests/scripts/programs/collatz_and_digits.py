# Collatz sequences and digit manipulations.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz_len(n) for n in range(1, 16)])
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
def digits(n):
    return [int(d) for d in str(n)]
def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n
print(digits(90210), digital_root(987654321), digital_root(2 ** 100))
armstrong = [n for n in range(1, 10000) if n == sum(d ** len(str(n)) for d in digits(n))]
print(armstrong)
print([n for n in range(1, 200) if str(n) == str(n)[::-1] and n > 100])
print(int(''.join(sorted(str(2 ** 50), reverse=True))))
