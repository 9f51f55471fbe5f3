# bytes: the constructor, encode/decode with utf-8, ascii and latin-1 and
# their errors, operators and the common methods.
b = b"Hello, World"
print(b + b"!", b * 2, b"ab" * 3, 72 in b, b"World" in b, b.lower(), b.upper(), b.split(b", "), b.split())
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"xy"), bytes())
print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), b"h\xc3\xa9llo".decode(), b"h\xe9".decode("latin-1"))
print(b.hex(), b"\x01\xff".hex(":"), bytes.fromhex("de ad be ef"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"  pad  ".strip(), b"xxhixx".strip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"  ".isspace(), b.partition(b", "), b"42".zfill(5), b"ab".ljust(4, b"*"))
print(list(b"abc"), b[0], b[-1], b[1:4], len(b), b == b"Hello, World", b < b"Hz", hash(b"x") == hash(b"x"), b.removeprefix(b"Hello"), b.capitalize(), b.swapcase())
for bad in [lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: bytes([300]), lambda: bytes("x"), lambda: "x".encode("nope"), lambda: b"\x80".decode("ascii"), lambda: bytes.fromhex("zz"), lambda: "a" in b"abc"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
for b in [b"\xc3(", b"\xe2\x28\xa1", b"\xc3"]:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
