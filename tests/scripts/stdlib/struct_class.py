# struct.Struct, pack_into / unpack_from with offsets, iter_unpack, and
# the buffers struct reads and writes (bytes, bytearray, array).
import struct
from array import array

s = struct.Struct("<hI")
print(s.format, s.size, type(s).__name__, type(s).__module__)
data = s.pack(-2, 40000)
print(data, s.unpack(data))
print(struct.Struct(b">q").format, struct.Struct(format="h").size)
print(struct.Struct("2h").format)

buf = bytearray(10)
s.pack_into(buf, 2, 7, 8)
print(buf)
print(s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), s.unpack_from(bytes(buf), -6))
struct.pack_into("<h", buf, -2, 0x4142)
print(buf, struct.unpack_from("<h", buf, -2))
print(struct.unpack_from("<h", buffer=b"abcd", offset=1))
print(struct.unpack_from("<h", b"abcdefgh", True))

it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, list(it))
print(list(s.iter_unpack(data * 3)))
for pair in struct.iter_unpack(">H", b"\x00\x01\x00\x02"):
    print(pair)

for attempt in (lambda: s.pack(1), lambda: s.unpack(b"ab"), lambda: struct.Struct("z"),
                lambda: s.pack_into(bytearray(3), 0, 1, 2), lambda: struct.Struct()):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)

# arrays are buffers: read by unpack, written by pack_into
a = array("i", [1, 2, 3])
print(struct.unpack("3i", a), struct.unpack_from("i", a, 4))
struct.pack_into("i", a, 8, 99)
print(a)
print(list(struct.iter_unpack("i", a)))
print(struct.unpack("<4B", array("B", [1, 2, 3, 4])))
print(struct.unpack("i", bytearray(b"\x05\x00\x00\x00")))

# a record: name, age, height
record = struct.Struct("<10sBf")
packed = record.pack(b"Ada", 36, 1.65)
print(len(packed), packed)
name, age, height = record.unpack(packed)
print(name.rstrip(b"\x00"), age, round(height, 2))
