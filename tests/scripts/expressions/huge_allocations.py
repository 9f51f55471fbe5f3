# Asking for more memory than any machine has is a MemoryError, never an
# abort: repetition of every sequence type, and bytes/bytearray of a size.
cases = [
    lambda: [0] * 10**12,
    lambda: [1, 2] * 10**12,
    lambda: (1,) * 10**12,
    lambda: (1, 2, 3) * 10**12,
    lambda: "ab" * 10**12,
    lambda: b"ab" * 10**12,
    lambda: bytearray(b"ab") * 10**12,
    lambda: bytes(10**13),
    lambda: bytearray(10**13),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "allocated")
    except MemoryError as e:
        print(i, type(e).__name__, repr(str(e)))
# Small ones still work.
print(len([0] * 1000), "ab" * 3, b"x" * 2, bytearray(3), (1,) * 2, bytes(2))
# A comprehension over a huge range asks only for what it fills (this one
# stops at its third item).
try:
    print([1 / (x - 2) for x in range(10**15)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
