# int() parsing with bases, signs, whitespace and underscores.
print(int('42'))
print(int('  -17  '))
print(int('+8'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0))
print(int('1010', 2), int('0b1010', 0))
print(int('z', 36), int('ZZ', 36))
print(int('1_000'))
print(int('10', 3))
print(int('0', 0))
print(int('123456789012345678901234567890'))
print(int(3.99), int(-3.99), int(True))
print(int())
for bad in ['', '1.5', 'abc', '0x', '1__0', ' ']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('12', 1)
except ValueError as e:
    print(e)
