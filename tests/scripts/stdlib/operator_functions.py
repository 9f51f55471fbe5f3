# The operator functions and their dunder aliases.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-5), op.matmul.__name__)
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.and_({1, 2}, {2, 3}))
print(op.contains([1, 2], 2), op.contains("abc", "d"))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2,)))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.index(7), op.index(True))

d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
lst = list(range(10))
print(op.getitem(lst, slice(2, 5)))
op.setitem(lst, slice(0, 3), ["x"])
op.delitem(lst, slice(-2, None))
print(lst)

print(op.length_hint([1, 2, 3]), op.length_hint(5, 42))


class Hinted:
    def __length_hint__(self):
        return 7


print(op.length_hint(Hinted()), op.length_hint(object(), 3))

a = [1]
b = op.iadd(a, [2])
print(a, b is a, op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.itruediv(1, 4))
print(op.ifloordiv(7, 2), op.imod(7, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1}
print(op.ior(s, {2}) is s, s)

print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__(1), op.__invert__(1))
print(op.__lt__(1, 2), op.__getitem__("abc", 1), op.__contains__([1], 1), op.__iadd__(1, 1))
print(op.__concat__([1], [2]), op.__pow__(2, 3), op.__index__(4), op.__abs__(-2))
print(sorted(name for name in dir(op) if name.startswith("__i") and name.endswith("__"))[:6])

for call in [lambda: op.concat(1, 2), lambda: op.indexOf([1, 2], 3), lambda: op.index(1.5),
             lambda: op.add(1, "a"), lambda: op.truediv(1, 0), lambda: op.iconcat(1, [2]),
             lambda: op.countOf(5, 1), lambda: op.indexOf(5, 1), lambda: op.index('a'), lambda: op.neg("a"), lambda: op.length_hint([], "x")]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

from functools import reduce
print(reduce(op.mul, range(1, 7)), list(map(op.neg, [1, -2])))
