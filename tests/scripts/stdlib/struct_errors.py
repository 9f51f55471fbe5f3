# struct's errors: the exception class and CPython's exact messages.
import struct

print(struct.error, struct.error.__mro__)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


# range errors differ between the native packers and the standard ones
for order in "@<>":
    for c in "bBhHiIlLqQ":
        for v in (-2**70, -2**40, -1, 2**15, 2**32, 2**63, 2**70):
            try:
                struct.pack(order + c, v)
            except struct.error as e:
                print(order + c, v, e)
for c in "nNP":
    for v in (-2**70, -1, 2**63, 2**64):
        attempt(struct.pack, c, v)

# wrong types
for fmt, v in [("i", 1.5), ("i", "1"), ("B", None), ("q", 1.0), ("d", "x"), ("e", []),
               ("c", b"ab"), ("c", 1), ("c", "a"), ("c", bytearray(b"a")),
               ("s", 1), ("s", "ab"), ("p", 5)]:
    attempt(struct.pack, fmt, v)
attempt(struct.pack, "d", 2**1024)
attempt(struct.pack, "<f", 2**1024)

# float overflow: OverflowError for a float, struct.error for an int
attempt(struct.pack, "<f", 1e300)
attempt(struct.pack, ">f", -1e300)
attempt(struct.pack, "<f", 3.4028236e38)
attempt(struct.pack, "e", 65520.0)
attempt(struct.pack, "!e", 1e10)
attempt(struct.pack, "<e", 70000)
attempt(struct.pack, "<f", 10**300)
attempt(struct.pack, "f", 1e300)

# formats
for fmt in ["z", "<n", ">N", "=P", "3", "i 2", "2 i", "<<i", "i<", "999999999999999999999i",
            "10000000000000000000i", "2305843009213693952i", "é"]:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 1)
attempt(struct.pack, 5)
attempt(struct.pack)
attempt(struct.Struct, None)

# counts
attempt(struct.pack, "i")
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "x", 1)
attempt(struct.pack, "3s2p", b"a")

# buffers
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "<hh", b"abc")
attempt(struct.unpack, "i", b"")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 5)
attempt(struct.unpack_from, "i", b"abc")
attempt(struct.unpack_from, "i", b"abcdef", 4)
attempt(struct.unpack_from, "i", b"abcdef", -1)
attempt(struct.unpack_from, "i", b"abcdef", -10)
attempt(struct.unpack_from, "i", b"abcd", 1.5)
attempt(struct.pack_into, "i", bytearray(3), 0, 1)
attempt(struct.pack_into, "i", bytearray(6), 4, 1)
attempt(struct.pack_into, "i", bytearray(6), -10, 1)
attempt(struct.pack_into, "i", bytearray(8), -1, 1)
attempt(struct.pack_into, "i", b"123456", 0, 1)
attempt(struct.pack_into, "i", "abc", 0, 1)
attempt(struct.pack_into, "i", bytearray(6), 6)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", bytearray(8))
attempt(struct.pack_into)
attempt(struct.iter_unpack, "i", b"abcde")
attempt(struct.iter_unpack, "", b"abcde")
attempt(struct.iter_unpack, "x", "abc")

# a failed pack_into leaves the buffer as it was
buf = bytearray(b"\xff" * 8)
attempt(struct.pack_into, "<ii", buf, 0, 1, "x")
print(buf)

try:
    struct.pack("h", 70000)
except struct.error as e:
    print("caught", type(e).__name__, e.args)
