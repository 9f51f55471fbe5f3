# Things lesson scripts do with decimals: a module-wide rounding and precision, f-strings, copies, json, integer division signs.
import decimal, copy, json
from decimal import *
getcontext().rounding = ROUND_HALF_UP
print(Decimal('2.5').quantize(Decimal('1')), round(Decimal('2.5')), Decimal('1.1') + Decimal('2.2'))
getcontext().prec = 50
print(Decimal(1) / 7, Decimal(2) ** Decimal('0.5'), Decimal(10).ln(), Decimal(1).exp())
getcontext().prec = 28
d = Decimal('3.14')
print(f'{d}', f'{d!r}', f'{d:10.1f}|', copy.deepcopy(d), d, type(copy.copy(d)))
try: json.dumps(d)
except TypeError as e: print(e)
print(d.__class__, Decimal.__name__, Decimal.__module__, type(getcontext()), InvalidOperation.__module__)
print([str(Decimal(i) / 8) for i in range(-9, 10)])
print(sum(Decimal(1) / Decimal(3) for _ in range(3)), Decimal('0.1') * 3 == Decimal('0.3'))
print(Decimal('100') / Decimal('3.0'), Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % -2, Decimal(-7) % 2, divmod(Decimal(-7), 2), -Decimal('0'), abs(Decimal('-0.00')))
print(Decimal('9.99').to_integral_value(), Decimal('1234.5678').quantize(Decimal('0.01')), Decimal('123E-2').quantize(Decimal('1.000')))
print(Decimal('2') ** 100, Decimal('1.1') ** 30, Decimal('0.5') ** -3, Decimal(2) ** 0.5 if False else '')
print(Decimal.from_float(0.1).quantize(Decimal('1e-20')), Decimal(0.1).as_integer_ratio())
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal('1.2345') + 0, +Decimal('1.2345'), Decimal('1.2345'))
print(ExtendedContext.divide(1, 0), ExtendedContext.flags[DivisionByZero])
