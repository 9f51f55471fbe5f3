# Bit manipulation on ints, including big and negative ones.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(10)])
print(popcount(2 ** 100 - 1))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((2 ** 100).bit_length())
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print(~0xF0)
print(-1 & 0xFFFFFFFF)
print((1 << 200) | 1)
print(((1 << 200) | 1) & 0xFF)
print(-(1 << 70) >> 3)
print(-(1 << 70) & ((1 << 72) - 1))
print(12345678901234567890 ^ 98765432109876543210)
print(5 << 0, 5 >> 0)
try:
    print(1 << -1)
except ValueError as e:
    print(e)
