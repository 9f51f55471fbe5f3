# Two differences from CPython found while the module was tidied: a context's
# divmod by zero is an invalid operation, and the logarithm of any form of one
# is exactly zero.
from decimal import Decimal, Context, InvalidOperation, DivisionByZero, getcontext

ctx = Context()
try:
    ctx.divmod(Decimal(1), Decimal(0))
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
except DivisionByZero:
    print("DivisionByZero")
ctx = Context(traps=[])
print(ctx.divmod(Decimal(1), Decimal(0)), ctx.divmod(Decimal(7), Decimal(2)))
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
for s in ["1", "1.0", "1.000", "10E-1", "0.1E1"]:
    d = Decimal(s)
    print(s, d.ln(), d.log10(), repr(d.ln()))
print(Decimal("10").log10(), Decimal("100.0").log10(), Decimal("2").ln())
print(getcontext().divmod(Decimal(-7), Decimal(2)))
