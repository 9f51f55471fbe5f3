# More bytes methods: rpartition, center, title/istitle, splitlines, rsplit,
# expandtabs, maketrans and translate.
print(b"a,b,c".rpartition(b","), b"abc".rpartition(b"x"), b"hi".center(7, b"*"), b"hi".center(6), b"hello world".title(), b"Hello World".istitle(), b"hello".istitle())
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"a b c d".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"a\tbc\td".expandtabs(4))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), len(t))
