# dir(), hasattr(), getattr() and the type's __dict__ agree with each other
# and with CPython for values of every builtin type; special methods are
# slot wrappers, named methods are method descriptors.
for v in [1, 1.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), b"b", bytearray(b"x"),
          1j, True, range(3), None, len, print, object()]:
    t = type(v)
    missing = [n for n in dir(t) if not hasattr(v, n)]
    unreadable = [n for n in dir(v) if getattr(v, n, KeyError) is KeyError]
    hidden = [n for n in t.__dict__ if n not in dir(t)]
    print(t.__name__, missing, unreadable, hidden, "__add__" in t.__dict__,
          hasattr(v, "__add__"), hasattr(v, "__len__"))
print(int.__dict__["__add__"], str.__dict__["upper"], list.__dict__["__getitem__"])
print((5).__invert__(), int.real.__get__(5), str.__dict__["upper"]("abc"))
print(type(len).__name__, type([].append).__name__, type(list.append).__name__,
      type(list.__add__).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(sorted(bool.__dict__))
print(True + True, True & False, True | 2, -True, True.__add__(1), bool.__repr__(False))
print(list.__add__([1], [2]), int.__add__(2, 3), str.__mul__("ab", 2), (2).__add__("x"))
