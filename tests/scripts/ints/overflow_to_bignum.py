# Results that cross machine-word boundaries.
big = 9223372036854775807
print(big + 1)
print(-big - 2)
print(big * 2)
print(big * big)
print(-big * big)
print((big + 1) // 2)
print(4611686018427387904 * 2)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
print(9223372036854775808 - 1)
print(1 << 63, 1 << 64)
print((1 << 64) >> 1)
x = 1
for _ in range(70):
    x *= 2
print(x)
for _ in range(70):
    x //= 2
print(x)
print(2 ** 62 + 2 ** 62)
print(3037000500 * 3037000500)
print(type(big + 1))
