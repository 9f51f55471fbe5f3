# The named (non-dunder) attributes of the builtin types, as dir() lists them.
for t in (int, float, str, list, dict, set, frozenset, tuple, bytes, bytearray, complex, object, bool):
    print(t.__name__, [n for n in dir(t) if not n.startswith("__")])
class Money(int):
    pass
m = Money(7)
print(m.real, m.imag, m.numerator, m.denominator, (2.5).real, (2.5).imag, True.real)
