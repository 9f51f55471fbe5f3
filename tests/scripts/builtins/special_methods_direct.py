# Special methods of the builtin types called directly, as the operators
# call them: they agree with the operators and answer NotImplemented for
# operands they do not take.
print((7).__divmod__(2), (7).__rdivmod__(20), (7.5).__divmod__(2), (7).__divmod__("x"))
print((2.567).__round__(2), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__(), (5).__pos__(), True.__pos__(), (5).__invert__(), (-1).__invert__())
print((3).__rlshift__(1), (2).__rrshift__(16), "x".__rmod__(3), (1.5).__getnewargs__(), "ab".__getnewargs__())
l = [1]
print(l.__iadd__([2, 3]) is l, l, l.__imul__(2), list(l.__reversed__()), list({"a": 1, "b": 2}.__reversed__()))
s = {1, 2}
print(s.__ior__({3}) is s, sorted(s), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({5}), s.__ior__([9]))
print({1}.__ror__({2}), frozenset({1}).__rand__({1, 2}), {1, 2}.__rsub__({2, 3}), {1}.__rxor__({2}), {1}.__ror__([1]))
d = {"a": 1}
print(d.__ior__({"b": 2}) is d, d, {"x": 1}.__ror__({"y": 2}), {"x": 1}.__ror__(5))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple[int, ...])
b = b"abc"
print(b.__add__(b"d"), b.__mul__(2), b.__rmul__(2), b.__len__(), list(b.__iter__()), b.__contains__(98), b.__getitem__(1), b.__bytes__())
for bad in [lambda: b.__add__("x"), lambda: b"a" + "x", lambda: b"a" + 1]:
    try:
        bad()
    except TypeError as e:
        print(e)
