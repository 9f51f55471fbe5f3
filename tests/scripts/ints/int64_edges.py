# Shifts and arithmetic at the edge of 64-bit ints: no wrap-around.
print(-2**63 << 1, -(2**62) << 1, -(2**62) << 2, (2**62) << 1, -1 << 63, -1 << 64, 1 << 63, 3 << 62, -3 << 62, -(2**63) >> 1, 5 << 0)
for a in [1, -1, 3, -3, 2**31, -(2**31), 2**62, -(2**62), 2**63 - 1, -(2**63)]:
    print([a << k for k in (0, 1, 2, 30, 31, 32, 33, 62, 63, 64, 65)])
m = -(2**63)
print(abs(m), -m, m // -1, m % -1, m * -1, divmod(m, -1), m - 1, m + -1, pow(m, 2), m ** 1)
print(int(str(m)), m // 1, m // 2, m % 7, -m - 1, ~m, m >> 63, m >> 64, m & -1, m | 0)
print(abs(m) == 2**63, round(m, -1), m.bit_length(), (-m).bit_length(), hash(m) == hash(m + 0))
print(float(m), m / -1, m / 2, max(m, -m), min([m, 0]), sum([m, m]), m * m)
x = m
x -= 1
print(x)
x = m
x //= -1
print(x)
print(-2**63 << 1, 1 << 64, (2**63 - 1) + 1, -(2**63) - 1)
