import decimal
from decimal import *


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls, cls.__mro__[1:])

show('abc', lambda: Decimal('abc'))
show('empty', lambda: Decimal(''))
show('1e', lambda: Decimal('1e'))
show('1 0', lambda: Decimal('1 0'))
show('dot', lambda: Decimal('.'))
show('1/0', lambda: Decimal(1) / 0)
show('-1/0', lambda: Decimal(-1) / Decimal('0.0'))
show('0/0', lambda: Decimal(0) / 0)
show('1//0', lambda: Decimal(1) // 0)
show('1%0', lambda: Decimal(1) % 0)
show('0%0', lambda: Decimal(0) % 0)
show('divmod', lambda: divmod(Decimal(7), 0))
show('sqrt-1', lambda: Decimal(-1).sqrt())
show('ln0', lambda: Decimal(0).ln())
show('ln-1', lambda: Decimal(-1).ln())
show('0**0', lambda: Decimal(0) ** 0)
show('0**-1', lambda: Decimal(0) ** -1)
show('-8**0.5', lambda: Decimal(-8) ** Decimal('0.5'))
show('big//', lambda: Decimal(10) ** 30 // Decimal('0.001'))
show('overflow', lambda: Decimal('1e999999') * 10)
show('exp overflow', lambda: Decimal(10 ** 7).exp())
show('nan<', lambda: Decimal('NaN') < 1)
show('nan==', lambda: Decimal('NaN') == Decimal('NaN'))
show('snan==', lambda: Decimal('sNaN') == 1)
show('snan+', lambda: Decimal('sNaN') + 1)
show('inf-inf', lambda: Decimal('Infinity') - Decimal('Infinity'))
show('inf*0', lambda: Decimal('Infinity') * 0)
show('quantize', lambda: Decimal('12345.678').quantize(Decimal('1e-30')))
show('quantize inf', lambda: Decimal('Infinity').quantize(Decimal(1)))
show('int nan', lambda: int(Decimal('NaN')))
show('int inf', lambda: int(Decimal('-Infinity')))
show('round nan', lambda: round(Decimal('NaN')))
show('round inf', lambda: round(Decimal('Infinity')))
show('round inf 2', lambda: round(Decimal('Infinity'), 2))
show('float snan', lambda: float(Decimal('sNaN')))
show('hash snan', lambda: hash(Decimal('sNaN')))
show('ratio nan', lambda: Decimal('NaN').as_integer_ratio())
show('ratio inf', lambda: Decimal('Infinity').as_integer_ratio())
show('tuple len', lambda: Decimal((0, (1,))))
show('tuple sign', lambda: Decimal((3, (1,), 0)))
show('tuple digit', lambda: Decimal((0, (1, 10), 0)))
show('tuple exp', lambda: Decimal((0, (1,), 'x')))
show('list', lambda: Decimal({}))
show('none', lambda: Decimal(None))
show('+float', lambda: Decimal(1) + 1.5)
show('float+', lambda: 1.5 + Decimal(1))
show('*float', lambda: Decimal(1) * 2.0)
show('/float', lambda: 2.0 / Decimal(1))
show('**float', lambda: Decimal(2) ** 0.5)
show('+str', lambda: Decimal(1) + '1')
show('-None', lambda: None - Decimal(1))
show('+complex', lambda: Decimal(1) + 1j)
show('str*', lambda: 'ab' * Decimal(2))
show('*list', lambda: Decimal(2) * [1])
show('<str', lambda: Decimal(1) < 'a')
show('str<', lambda: 'a' < Decimal(1))
show('iter', lambda: iter(Decimal(1)))
show('Fraction+', lambda: __import__('fractions').Fraction(1) + Decimal(1))
show('floor nan', lambda: __import__('math').floor(Decimal('NaN')))
show('ZeroDivisionError', lambda: issubclass(DivisionByZero, ZeroDivisionError))

try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__, e.args)
try:
    Decimal('x')
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__, e.args, e.args[0][0] is ConversionSyntax)
try:
    Decimal(1) < 1.5j
except TypeError as e:
    print('TypeError')

# Signals that are not trapped give special values and set flags.
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    ctx.traps[DivisionByZero] = False
    print(Decimal('abc'), Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), Decimal('NaN') < 1)
    print(ctx.flags[InvalidOperation], ctx.flags[DivisionByZero], ctx)

# FloatOperation: recorded, raised only when trapped (equality never raises).
with localcontext() as ctx:
    print(Decimal(1.5), Decimal(1) < 1.5, ctx.flags[FloatOperation])
    ctx.traps[FloatOperation] = True
    show('trapped ctor', lambda: Decimal(1.5))
    show('trapped <', lambda: Decimal(1) < 1.5)
    show('trapped ==', lambda: Decimal(1) == 1.5)
    show('from_float', lambda: Decimal.from_float(1.5))
    show('create', lambda: ctx.create_decimal(1.5))
    show('create_from_float', lambda: ctx.create_decimal_from_float(1.5))

# Everything trapped: the message lists every trapped condition.
c = Context(prec=3, Emin=-5, Emax=5, traps=[Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped,
                                            InvalidOperation, DivisionByZero, FloatOperation])
show('all overflow', lambda: c.multiply(Decimal('9.99e5'), 10))
show('all underflow', lambda: c.multiply(Decimal('1.23e-5'), Decimal('0.01')))
show('all inexact', lambda: c.create_decimal('1.2345'))
show('all rounded', lambda: c.create_decimal('1.230'))
show('all subnormal', lambda: c.create_decimal('1E-6'))
show('all clamped', lambda: c.create_decimal('0E-10'))
show('all divzero', lambda: c.divide(1, 0))
show('all undefined', lambda: c.divide(0, 0))
show('all syntax', lambda: c.create_decimal('1.2.3'))
print(c)
c = Context(prec=3, traps=[])
print(c.create_decimal('x'), c.create_decimal('nan123456'), c.create_decimal('-sNaN'), c)
