# int.to_bytes, int.from_bytes and as_integer_ratio: two's complement bytes
# in either byte order, with CPython's errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "big"), int.from_bytes(b"", "big"))
print((2**70).to_bytes(9, "big"), int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70, (5).as_integer_ratio(), True.as_integer_ratio(), (128).to_bytes(1, "big"), (-128).to_bytes(1, "big", signed=True))
print((1).to_bytes(), (65).to_bytes(length=1, byteorder="little"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
