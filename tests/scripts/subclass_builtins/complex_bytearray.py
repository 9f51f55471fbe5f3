# complex and bytearray can be subclassed too.


class Phasor(complex):
    def norm(self):
        return abs(self)

    def __repr__(self):
        return f"Phasor({self.real}, {self.imag})"


c = Phasor(3, 4)
print(c, c.norm(), type(c + 1).__name__, c.real, c.imag, isinstance(c, complex))
print(c == 3 + 4j, hash(c) == hash(3 + 4j), c.conjugate(), Phasor("1+2j"))


class Buffer(bytearray):
    def __init__(self, data=b"", limit=8):
        super().__init__(data)
        self.limit = limit

    def push(self, b):
        if len(self) >= self.limit:
            raise OverflowError("full")
        self.append(b)
        return self


buf = Buffer(b"ab", limit=3)
print(buf, repr(buf), type(buf).__name__, len(buf), buf.limit)
buf.push(99)
try:
    buf.push(100)
except OverflowError as e:
    print("OverflowError:", e)
buf += b"z"
print(buf, type(buf).__name__, buf.upper(), type(buf.upper()).__name__, buf[0], bytes(buf))
buf[0] = 65
del buf[-1]
print(buf, buf == b"Abc", b"A" in buf, list(buf))
