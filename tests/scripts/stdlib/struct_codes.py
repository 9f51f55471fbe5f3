# Every format code in every byte order: what pack makes, what unpack reads
# back, and the sizes and native alignment calcsize reports.
import struct

print(sorted(n for n in dir(struct) if not n.startswith("__")))
print(struct.__all__)

ints = "bBhHiIlLqQ"
for order in "@=<>!":
    sizes = [struct.calcsize(order + c) for c in ints + "?cefdsp"]
    print(repr(order), sizes)
for c in "nNP":
    print(c, struct.calcsize(c))

for order in "@<>":
    for c in ints:
        size = struct.calcsize(order + c)
        unsigned = c.isupper()
        lo = 0 if unsigned else -(1 << (8 * size - 1))
        hi = (1 << (8 * size)) - 1 if unsigned else (1 << (8 * size - 1)) - 1
        for v in (lo, hi, 1, 258):
            if lo <= v <= hi:
                data = struct.pack(order + c, v)
                back = struct.unpack(order + c, data)
                print(order + c, v, data.hex(), back)

for c in "nN":
    print(c, struct.pack(c, 5).hex(), struct.unpack(c, struct.pack(c, 2**40 + 1)))
print(struct.pack("P", -1).hex(), struct.unpack("P", struct.pack("P", 12345)))
print(struct.unpack("P", struct.pack("P", -1)))

# floats: IEEE 754 single, double and half precision
for order in "<>":
    for v in (1.5, -0.0, 0.1, 1e300 if order == "<" else 2.5, float("inf"), -float("inf")):
        for c in "ed":
            try:
                data = struct.pack(order + c, v)
                print(order + c, v, data.hex(), struct.unpack(order + c, data))
            except OverflowError as e:
                print(order + c, v, "OverflowError", e)
    print(struct.pack(order + "f", 0.1).hex(), struct.unpack(order + "f", struct.pack(order + "f", 0.1)))
print(struct.pack("<e", float("nan")).hex(), struct.unpack("<e", b"\x00\x7e"))
for v in (65504.0, 65519.99, 6e-8, 2.98e-8, 2.99e-8, 1e-8, 0.333):
    data = struct.pack("<e", v)
    print("e", v, data.hex(), struct.unpack("<e", data))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"))
print(struct.pack("f", 1e300).hex(), struct.pack("<f", 3.4028235e38).hex())
print(struct.pack("d", 3), struct.pack("<d", True), struct.pack("<f", 2))

# bool, char, strings, padding
print(struct.pack("???", 0, [], "x"), struct.unpack("??", b"\x00\x05"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"abc"))
print(struct.pack("s", bytearray(b"zz")), struct.unpack("4s", b"abcd"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"))
print(struct.pack("300p", b"a" * 300)[:3], struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("b3xh", 1, 2), struct.pack("2x"), struct.pack("x"))
print(struct.unpack("b3xh", b"\x01\x00\x00\x00\x02\x00"))

# native alignment (x86-64) against the standard sizes
for fmt in ("ci", "<ci", "=ci", "c0i", "bd", "b?e", "bP", "bn", "5s3x", "llh0l", "hq", "cH", "ibd", " i  h "):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("ci", b"*", 7))
print(struct.pack(">ci", b"*", 7))
print(struct.pack("@bd", 1, 2.0).hex())
print(struct.unpack("@bd", struct.pack("@bd", 1, 2.0)))

# repeat counts, bytes formats, empty formats
print(struct.pack("3h", 1, 2, 3), struct.pack(b"<2i", 1, 2), struct.unpack("2h2b", b"\x01\x00\x02\x00\x03\x04"))
print(struct.pack(""), struct.unpack("", b""), struct.calcsize(""), struct.pack("<"), struct.calcsize("0i"))
print(struct.calcsize("4294967296i"), struct.calcsize("9223372036854775807c"))

# __index__ is honoured; bool is an int
class Seven:
    def __index__(self):
        return 7
print(struct.pack("<iBq", Seven(), Seven(), True))
class Half:
    def __float__(self):
        return 0.5
print(struct.pack("<d", Half()), struct.pack("<d", Seven()))
