# The operator methods carry their own names, as CPython's do.
from decimal import Decimal

for name in ["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
             "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__",
             "__mod__", "__rmod__", "__divmod__", "__rdivmod__"]:
    m = getattr(Decimal, name)
    print(name, m.__name__, m.__qualname__)
print(Decimal(7).__add__(2), Decimal(7).__rsub__(2), Decimal(7).__divmod__(2))
print(Decimal(1).__add__("x"))
