# Bitwise operations on ints, including negatives.
print(0b1100 & 0b1010)
print(0b1100 | 0b1010)
print(0b1100 ^ 0b1010)
print(~5, ~-6)
print(1 << 10)
print(1024 >> 3)
print(-16 >> 2)
print(-1 >> 100)
print(-5 & 0xff)
print(-5 | 3)
print(-5 ^ -3)
print(1 << 100)
print((1 << 100) >> 99)
print(True & False, True | False, True ^ True)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x))
x &= ~(1 << 3)
print(x, bin(x))
x ^= 0xff
print(x)
