# bytearray matches itself in a class pattern and is never a sequence pattern.
for v in [bytearray(b"ab"), b"ab", [1, 2], "ab"]:
    match v:
        case bytearray(x):
            print("bytearray", x)
        case [a, b]:
            print("seq", a, b)
        case _:
            print("other", v)
