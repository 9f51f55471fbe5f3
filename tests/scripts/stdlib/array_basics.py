# array.array: construction from every kind of initializer, the typecodes
# and their item sizes, repr, and the methods.
import array
from array import array as A

print(sorted(n for n in dir(array) if not n.startswith("_")))
print(array.typecodes, array.ArrayType is A, A)

for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))

print(A("i", [1, 2, 3]), A("d", [1, 2.5]), A("f", [1.5, 0.1]), A("u", "hé!"))
print(A("b", b"ab"), A("i", b"abcd"), A("H", bytearray(b"\x01\x00\x02\x00")))
print(A("i", range(4)), A("q", (x * x for x in range(3))), A("d", A("i", [1, 2])), A("b", A("i", [3])))
print(A("q", [2**63 - 1, -2**63]), A("Q", [2**64 - 1]), A("L", [2**64 - 1]), A("I", [2**32 - 1]))
print(A("B", [0, 255]), A("b", [-128, 127, True]), A("h", [-32768, 32767]), A("H", [65535]))
print(A("f", [1e300]), A("d", [float("inf"), -0.0]))
print(str(A("u", "ab")), repr(A("d", [0.1])), A("u", "abc").tounicode())

a = A("i", [5, 1, 4])
a.append(2)
a.extend([9, 9])
a.extend(A("i", [7]))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(50, 300)
a.insert(-50, 400)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9)
print(a, a.index(4), a.index(9), a.index(1, 1), a.index(100, 0, 1), a.count(9), a.count(42))
a.reverse()
print(a, a.tolist(), list(a), [x * 2 for x in a])
print(9 in a, 42 in a, 9.0 in a, "a" in a)
print(a.tobytes())
b = A("i")
b.frombytes(a.tobytes())
b.fromlist([11, 12])
print(b, b == a, a.buffer_info()[1])

h = A("h", [1, 2, 0x0102])
h.byteswap()
print(h)
d = A("d", [1.0])
d.byteswap()
d.byteswap()
print(d)

u = A("u", "ab")
u.fromunicode("cd")
u.append("e")
u.extend("fg")
print(u, u.tounicode(), u.tolist(), u[1], u[-1])

c = a.__copy__()
c[0] = 555
print(a, c, a.__deepcopy__(None))

# bytes, bytearray and the buffer
x = A("h", [1, 2, -1])
print(bytes(x), bytearray(x), A("h", bytes(x)) == x)
print(A("d", [1.5, 2]).tobytes())

# iteration sees appends made while iterating
it = A("i", [1, 2])
for v in it:
    if v < 4:
        it.append(v + 2)
print(it, type(iter(it)).__name__)

class Seven:
    def __index__(self):
        return 7

class Half:
    def __float__(self):
        return 0.5

print(A("i", [Seven()]), A("B", [Seven()]), A("d", [Half(), Seven()]))

# a subclass: its own repr name, plain arrays from slicing and arithmetic
class Series(A):
    def __init__(self, code, values=()):
        self.label = "s"

s = Series("i", [3, 1, 2])
print(s, s.label, isinstance(s, A), len(s), s[0])
print(type(s[0:2]).__name__, type(s + s).__name__, type(s * 2).__name__, s[::2])
s.append(4)
print(s, sum(s), max(s), sorted(s))

# a mixin first: the array's slot and the instance's __dict__ both kept
class Named:
    def describe(self):
        return f"{self.name}: {len(self)} items"

class NamedArray(Named, A):
    pass

n = NamedArray("h", [1, 2, 3])
n.name = "n"
print(n.__dict__, n, n.describe(), n[1:])
