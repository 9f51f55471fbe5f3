# bytes keys compare by value, as every bytes object with the same content
# is the same key.
d = {b"k": 1, b"": 2}
print(d[b"k"], d.get(b"k"), b"k" in d, d[bytes([107])], d[b""])
d[b"k"] = 3
print(d, len(d))
print({b"a": 1} == {b"a": 1}, {b"x", b"x", bytes(b"x")})
