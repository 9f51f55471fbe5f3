# bytes can be subclassed like the other builtin types: methods of the
# base work on the instance, inherited operations return plain bytes, and
# __new__ shapes the value.


class Tag(bytes):
    def shout(self):
        return self.upper() + b"!"


t = Tag(b"hi")
print(t, repr(t), type(t).__name__, len(t), t.shout())
print(t + b"x", type(t + b"x").__name__, type(t[:1]).__name__)
print(t == b"hi", t[0], list(t), b"h" in t, t.decode(), isinstance(t, bytes))
print(hash(t) == hash(b"hi"), {t: 1}[b"hi"], t.hex(), t.split(b"i"))


class Packet(bytes):
    def __new__(cls, payload, kind=0):
        self = super().__new__(cls, bytes([kind]) + payload)
        self.kind = kind
        return self

    def __repr__(self):
        return f"Packet(kind={self.kind}, body={bytes(self[1:])!r})"


p = Packet(b"abc", 7)
print(p, p.kind, p[1:], repr(p), str(p), p.__dict__)
try:

    class Slotted(bytes):
        __slots__ = ("kind",)

except TypeError as e:
    print("TypeError:", e)


class Empty(bytes):
    __slots__ = ()


print(Empty(b"e"), hasattr(Empty(b"e"), "__dict__"))
print(Tag(3), Tag([65, 66]), Tag("é", "utf-8"), Tag())


class Loose(bytes):
    def __eq__(self, other):
        return bytes(self).lower() == bytes(other).lower()

    __hash__ = bytes.__hash__


print(Loose(b"ABC") == b"abc", Loose(b"ABC") != b"abd", b"abc" == Loose(b"ABC"))
