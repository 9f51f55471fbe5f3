# array.array's errors: bad typecodes and initializers, values that do not
# fit the C type (CPython's OverflowError wording for each), wrong types,
# indexes and the type rules of slice assignment and operators.
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: array("z"))
attempt(lambda: array("ii"))
attempt(lambda: array(b"i"))
attempt(lambda: array())
attempt(lambda: array("i", [1], 3))
attempt(lambda: array(typecode="i"))
attempt(lambda: array("i", 1))
attempt(lambda: array("i", "abc"))
attempt(lambda: array("i", b"abc"))
attempt(lambda: array("i", array("d", [1.5])))
attempt(lambda: array("u", array("i", [1])))

for code in "bBhHiIlLqQ":
    for v in (-2**70, -2**40, -2**20, -1, 2**7, 2**8, 2**16, 2**31, 2**32, 2**63, 2**64):
        try:
            array(code, [v])
        except OverflowError as e:
            print(code, v, e)

for code, v in [("i", 1.5), ("i", "1"), ("b", None), ("d", "x"), ("f", None), ("d", 2**2000),
                ("u", "ab"), ("u", 1), ("u", b"a")]:
    attempt(lambda: array(code, [v]))

a = array("i", [1, 2, 3])
attempt(lambda: a.append(1.5))
attempt(lambda: a.append(2**40))
attempt(lambda: a[5])
attempt(lambda: a[-4])
attempt(lambda: a["x"])
attempt(lambda: a[1.0])
attempt(lambda: a[::0])
attempt(lambda: a.__setitem__(5, 1))
attempt(lambda: a.__setitem__(0, 1.5))
attempt(lambda: a.__setitem__("x", 1))
attempt(lambda: a.__setitem__(slice(0, 2), [7]))
attempt(lambda: a.__setitem__(slice(0, 2), array("d", [7])))
attempt(lambda: a.__setitem__(slice(None, None, 2), array("i", [8])))
attempt(lambda: a.__setitem__(slice(1, 3, 0), array("i")))
attempt(lambda: a.__delitem__(9))
attempt(lambda: a.pop(5))
attempt(lambda: array("i").pop())
attempt(lambda: a.remove(42))
attempt(lambda: a.index(42))
attempt(lambda: a.index(3, 0, 2))
attempt(lambda: a.insert(1.5, 2))
attempt(lambda: a + [4])
attempt(lambda: a + array("d"))
attempt(lambda: a * "x")
attempt(lambda: a * 1.5)
attempt(lambda: a < [1])
attempt(lambda: hash(a))
attempt(lambda: a.extend(array("h")))
attempt(lambda: a.extend(5))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.frombytes("ab"))
attempt(lambda: a.frombytes(b"abc"))
attempt(lambda: a.tounicode())
attempt(lambda: a.fromunicode("a"))
attempt(lambda: array("u").fromunicode(b"a"))
print(a)


def iadd():
    b = array("i")
    b += [4]


def imul():
    b = array("i")
    b *= "x"


attempt(iadd)
attempt(imul)

# extend adds items up to a bad one; fromlist adds nothing
b = array("i", [1])
attempt(lambda: b.extend((2, "x", 3)))
attempt(lambda: b.fromlist([4, "y"]))
print(b)

# two builtin bases that each keep values of their own cannot be combined
try:
    class Both(array, complex):
        pass
except TypeError as e:
    print("TypeError", e)

# A count past what an index holds is OverflowError; one that merely does
# not fit in memory is MemoryError.
for n in (2**63, -(2**63) - 1, 2**100, 2**62, -(2**63)):
    for op in ("*", "*="):
        a = array("b", [1])
        try:
            if op == "*":
                a = a * n
            else:
                a *= n
            print(op, len(a))
        except (OverflowError, MemoryError) as e:
            print(op, type(e).__name__, e)
