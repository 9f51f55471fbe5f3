# Builtin numbers and sequences answer the operator dunders: `x + y` is
# `x.__add__(y)`, then `y.__radd__(x)` when that says NotImplemented.
print((1).__add__(2), (1).__radd__(2), (5).__rsub__(1), (2).__mul__(3.5), (7).__and__(3), (1).__lshift__(4), (6).__ror__(1))
print((1).__lt__(2), (2.5).__ge__(2), (1).__eq__(1.0), (1.0).__eq__(1), (1).__ne__(2), (1).__lt__("a"), (1).__eq__("a"))
print((2.5).__add__(1), (2.5).__radd__(True), (3).__truediv__(2), (3).__rtruediv__(2), (2.0).__pow__(0.5))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "%d-%s".__mod__((1, "x")), "a".__lt__("b"))
print([1].__add__([2]), [0].__mul__(3), (1, 2).__add__((3,)), [1, 2].__lt__([1, 3]), (1,).__eq__((1,)), [1].__eq__((1,)))
print((1.5).__radd__(1), (2).__pow__(10), (2).__rpow__(3), (7).__rfloordiv__(50), (3).__rmod__(10), True.__and__(False))
print((1).__add__([1]), (10**30).__add__(1), (10**30).__lt__(10**31), sorted([3, 1, 2]), 1 < 2, (1) + 2)
for call in [lambda: "a".__add__(1), lambda: [1].__add__(1), lambda: (1,).__add__([2])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class N:
    def __radd__(self, o):
        return "N.radd"

    def __gt__(self, o):
        return "N.gt"


print(1 + N(), 1 < N(), sum([1, 2]), "x" * 3, 3 * "x", [1] * 2)
