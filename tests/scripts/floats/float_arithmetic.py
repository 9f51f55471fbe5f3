# Basic float arithmetic and accumulation error.
total = 0.0
for _ in range(10):
    total += 0.1
print(total)
print(total == 1.0)
print(abs(total - 1.0) < 1e-9)
print(1.1 + 2.2)
print(3.3 - 1.1)
print(1.5 * 1.5)
print(2.5 ** 2)
print(-1.5 ** 2)
print(10.0 - 9.99)
print(0.1 * 0.1)
print(1e-10 + 1)
print(123456.789 * 1000)
print(sum([0.1] * 10))
print(1.0 / 3.0 * 3.0)
print(4.35 * 100)
print(9.95 * 10)
print(max(0.1, 0.2), min(-0.1, -0.2))
x = 2.0
for _ in range(5):
    x = (x + 2 / x) / 2
print(x)
