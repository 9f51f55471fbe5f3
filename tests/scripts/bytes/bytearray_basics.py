# bytearray: bytes that change in place, with the bytes methods returning
# bytearrays, item and slice assignment, and mixed bytes/bytearray operators.
ba = bytearray(b"hello")
print(ba, repr(ba), type(ba).__name__, len(ba), ba[0], ba[1:3], bytearray(), bytearray(3), bytearray([65, 66]))
ba.append(33); ba.extend(b"xy"); ba.extend([1, 2]); print(ba)
ba[0] = 72; ba[1:3] = b"EE"; print(ba)
del ba[-1]; del ba[::2]; print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 90); ba.remove(90); ba.reverse(); print(ba)
b2 = bytearray(b"a,b,c")
print(b2.split(b","), b2.upper(), b2.decode(), b2.hex(), b2.find(b"b"), b2.replace(b",", b";"))
print(b2 + b"!", b"!" + b2, b2 * 2, b2 == b"a,b,c", b"a,b,c" == b2, b"b" in b2, 98 in b2)
b2 += b"zz"; print(b2, list(b2)[:3], bytes(b2), b2.copy() is b2, bytearray.fromhex("4142"))
b2.clear(); print(b2, bool(b2))
try:
    hash(bytearray())
except TypeError as e:
    print(e)
try:
    bytearray(b"a")[0] = 300
except ValueError as e:
    print(e)
print(sorted([bytearray(b"b"), bytearray(b"a")]), bytearray(b"ab") < b"b", bytearray("hé", "utf-8"))
x = bytearray(b"abc"); y = x; x += b"d"; print(y, x is y)
print(bytearray(b"  pad ").strip(), bytearray(b"a b").partition(b" "), b"-".join([bytearray(b"x"), b"y"]))
print(bytearray(b"abc").startswith(b"ab"), bytearray(b"1").isdigit(), str(bytearray(b"q")))
a = bytearray(b"ab")
print(a.__add__(b"c"), a.__mul__(2), a.__eq__(b"ab"), a.__lt__(b"b"), a.__len__(), a.__contains__(97))
a[::2] = b"XY"[:1]; print(a)
try:
    a[::1] = 5
except TypeError as e:
    print(e)
print(bytearray(b"abc").split(), bytearray(b"x\ny").splitlines(), type(bytearray(b"a b").split()[0]).__name__)
for expr in ['bytearray(b"a")[5]', 'bytearray(b"a")[1.5]', 'b"a"[5]']:
    try:
        eval(expr)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
