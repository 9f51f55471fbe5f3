# float.hex and float.fromhex: a float's exact bits in hexadecimal.
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (0.0).hex(), float("inf").hex(), (1e-320).hex(), (2.0 ** 1023).hex(), (-2.5).hex())
print(float.fromhex("0x1.8p+0"), float.fromhex("-0x1p-2"), float.fromhex("inf"), float.fromhex(" 0x1.999999999999ap-4 "), float.fromhex((3.14).hex()) == 3.14, float.fromhex("1.8"))
try:
    float.fromhex("zz")
except ValueError as e:
    print(e)
