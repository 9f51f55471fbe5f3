from decimal import *
import decimal

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)

# Precision: 1/7, 2/3 and sqrt(2) at every precision from 1 to 60.
for prec in range(1, 61):
    getcontext().prec = prec
    print(prec, Decimal(1) / 7, Decimal(2) / 3, Decimal(2).sqrt(), Decimal(10) ** 20 + 1, Decimal('123.456789') * 1)
getcontext().prec = 28

# Rounding of many values at a small precision, in every mode.
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
for mode in modes:
    ctx = Context(prec=3, rounding=mode)
    row = []
    for n in range(-2600, 2601, 137):
        row.append(str(ctx.create_decimal(Decimal(n) / 1000 + Decimal('0.0005'))))
        row.append(str(ctx.plus(Decimal(n * 7 + 5) / 10)))
    print(mode, ' '.join(row))

# localcontext
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec, getcontext() is ctx)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=50, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.rounding)
with localcontext(Context(prec=4)) as ctx:
    print(Decimal(22) / 7)
try:
    localcontext(precision=3)
except TypeError as e:
    print(type(e).__name__, e)
saved = getcontext()
setcontext(Context(prec=6, rounding=ROUND_UP))
print(Decimal(1) / 3, getcontext())
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, Decimal(1) / 3)
setcontext(saved)
print(getcontext() is saved)

# Context construction and its checks.
c = Context(prec=10, rounding=ROUND_HALF_DOWN, Emin=-20, Emax=20, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c, c.Etiny(), c.Etop())
print(repr(c.create_decimal('1.23456789012345')), c.create_decimal('1E+25'), c.create_decimal(3.5))
print(str(Decimal('1E+30')), c.to_sci_string(Decimal('1E+30')))
for kw in [dict(prec=0), dict(prec=-1), dict(prec='3'), dict(rounding='UP'), dict(Emin=1), dict(Emax=-1),
           dict(capitals=2), dict(clamp=5)]:
    try:
        Context(**kw)
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, e)
c = getcontext().copy()
c.prec = 12
print(c.prec, getcontext().prec)
try:
    c.prec = 0
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.rounding = 'nope'
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])

# Flags record what happened; traps raise.
c = Context(prec=5)
print(c.flags[Inexact], c.flags[Rounded], c.traps[DivisionByZero], c.traps[Inexact])
print(c.divide(Decimal(1), Decimal(3)), c.flags[Inexact], c.flags[Rounded])
print(c)
c.clear_flags()
print(c.add(Decimal('1.5'), 2), c)
c.traps[Inexact] = True
try:
    c.divide(1, 3)
except Inexact as e:
    print(type(e).__name__, e, isinstance(e, DecimalException), isinstance(e, ArithmeticError))
c.traps[Inexact] = False
c.clear_traps()
print(c.divide(1, 0), c.divide(0, 0), c)
print(sorted(k.__name__ for k, v in c.flags.items() if v))
print(c.flags)

# Context methods.
c = Context(prec=9)
a, b = Decimal('12.345'), Decimal('-3.2')
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'divmod',
             'power', 'compare', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'copy_sign', 'same_quantum']:
    print(name, getattr(c, name)(a, b))
for name in ['abs', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'normalize', 'to_integral_value',
             'to_integral_exact', 'to_sci_string', 'to_eng_string', 'copy_abs', 'copy_negate',
             'number_class', 'is_signed', 'is_zero', 'next_plus', 'next_minus', 'logb']:
    try:
        print(name, getattr(c, name)(a.copy_abs()), getattr(c, name)(b))
    except InvalidOperation as e:
        print(name, type(e).__name__, e)
print(c.fma(2, 3, 4), c.power(2, 10), c.power(3, 4, 5), c.divmod(17, 5), c.add(1, 2))
try:
    c.add(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(c.Etiny(), c.Etop(), c.radix(), c.copy_decimal(5), c.create_decimal_from_float(0.1))

# Extremes of the exponent range.
c = Context(prec=3, Emin=-5, Emax=5)
for x in ['9.99E+5', '1E+6', '1E-5', '1E-7', '1E-8', '1.234E-6', '-9.999E+5']:
    c.clear_flags()
    try:
        r = c.plus(Decimal(x))
    except DecimalException as e:
        r = type(e).__name__ + ' ' + str(e)
    print(x, r, sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=3, Emin=-5, Emax=5, traps=[])
for mode in modes:
    c.rounding = mode
    print(mode, c.multiply(Decimal('9E+5'), 10), c.multiply(Decimal('-9E+5'), 10))
c = Context(prec=3, Emax=5, clamp=1)
print(c.plus(Decimal('1E+5')), c.plus(Decimal('1.2E+3')), c.flags[Clamped])
