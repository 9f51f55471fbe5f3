# bytes and bytearray: find/rfind/index/rindex/count/startswith/endswith with
# start and end (None, negative, past the end), and str(b, encoding).
b = b'ab\ncd\n'
for B in (b, bytearray(b)):
    print(B.count(b'\n', 0, 2), B.rfind(b'\n', 0, 2), B.find(b'\n', 3), B.index(b'c', 0, 4), B.rindex(b'\n', 0, 3), B.startswith(b'b', 1), B.endswith(b'b', 0, 2))
    print(B.find(b'', 7), B.find(b'', 6), B.rfind(b'', 2, 4), B.count(b'', 2, 4), B.count(b'', 5, 2), B.find(b'd', -3), B.find(b'a', -100, None), B.count(10, 1), B.startswith(b'', 6), B.startswith(b'', 7), B.endswith((b'x', b'c'), 0, -2))
print(repr(str(b"\xe9", "latin-1")), str(b"ab", "utf-8", "strict"), str(bytearray(b"x"), encoding="ascii"))
