# chr/ord and number-to-string builtins.
print(chr(97), ord('a'), chr(ord('a') + 25))
print([chr(c) for c in range(65, 71)])
print(hex(255), bin(10), oct(64))
print(hex(-1), bin(0), oct(-8))
print(int(hex(999), 16) == 999)
print(''.join(chr(x) for x in [80, 121]))
print(ord('€'), hex(ord('€')))
print(format(10, 'b'), format(10, '#b'))
try:
    hex(1.5)
except TypeError as e:
    print(e)
