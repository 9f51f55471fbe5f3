# hex, bin, oct and their inverses.
for n in (0, 1, 10, 255, 256, -1, -255, 2 ** 40):
    print(n, hex(n), bin(n), oct(n))
print(int(hex(12345), 16))
print(int(bin(12345), 2))
print(int(oct(12345), 8))
print(hex(2 ** 100))
print(bin(-(2 ** 10)))
print(format(255, 'x'), format(255, 'X'), format(255, 'b'), format(255, 'o'))
print(format(255, '#x'), format(255, '#o'), format(5, '08b'))
