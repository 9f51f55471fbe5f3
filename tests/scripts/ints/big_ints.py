# Arbitrary precision integers.
print(2 ** 64)
print(2 ** 100)
print(-(2 ** 100))
print(10 ** 30 + 1)
print(2 ** 64 - 1 == 18446744073709551615)
print((2 ** 100) // (2 ** 50))
print((10 ** 20) % 7)
print(123456789 * 987654321)
print(123456789123456789 * 987654321987654321)
print(3 ** 100)
print(len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 1000)))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000003)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print((2 ** 70) - (2 ** 70 - 1))
print(abs(-(3 ** 50)))
print(2 ** 63, -2 ** 63, 2 ** 63 - 1)
