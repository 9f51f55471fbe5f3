# array.array as a sequence: indexing, slices (read, assign, delete),
# concatenation and repetition, in-place operators and comparisons.
from array import array

a = array("i", range(10))
print(a[0], a[-1], a[3], a[True])
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[8:2:-2], a[5:2], a[100:])

b = a[:]
b[0] = 99
b[-1] = -99
print(a[0], b)

b = array("i", range(6))
b[1:3] = array("i", [7, 8, 9])
print(b)
b[:2] = array("i")
print(b)
b[::2] = array("i", [0, 0, 0])
print(b)
b[len(b):] = array("i", [5])
print(b)
b[-1:-4:-1] = array("i", [1, 2, 3])
print(b)
b[:] = b[::-1]
print(b)
b[1:1] = b
print(b)

c = array("d", [float(i) for i in range(8)])
del c[0]
del c[-1]
print(c)
del c[::2]
print(c)
del c[1:2]
print(c)
del c[::-1]
print(c, len(c))

x = array("b", [1, 2])
y = array("b", [3])
print(x + y, y + x, x * 3, 2 * y, x * 0, x * -1)
x += y
print(x)
x *= 2
print(x)
z = x
z += array("b", [9])
print(x is z, x)
x *= 0
print(x, z)

p = array("i", [1, 2, 3])
q = array("i", [1, 2, 4])
r = array("d", [1.0, 2.0, 3.0])
print(p == r, p != r, p < q, p <= q, p > q, p >= q, q > p)
print(p == p[:2], p[:2] < p, p > p[:2], p == [1, 2, 3], p != [1, 2, 3])
print(array("b", [1]) == array("B", [1]), array("u", "ab") < array("u", "b"))
nan = array("f", [float("nan")])
print(nan == nan, nan != nan)
print(sorted([array("i", [2]), array("i", [1, 5]), array("i", [1])]))
