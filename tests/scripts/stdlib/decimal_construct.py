from decimal import Decimal, getcontext, DecimalTuple
import decimal

print(repr(type(Decimal(1))), Decimal.__module__, Decimal.__qualname__)
texts = ['0', '-0', '1', '-1', '3.14', '  2.50  ', '\n7\t', '+5', '1_000_000', '1e3', '1E+3', '1e-3',
         '-1.5e-7', '.5', '5.', '0.000001', '0.0000001', '123456789012345678901234567890123',
         '1.2345E+30', '0E-8', '0E+8', '-0.00', '100', '1.00', '12.3e-2', '9.99E+999',
         'NaN', '-nan', 'nan12', 'sNaN', '-sNaN7', 'Infinity', '-inf', 'INF', '+Infinity']
for t in texts:
    d = Decimal(t)
    print(repr(t), str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_signed())

for v in [0, 1, -1, 10 ** 30, -12345678901234567890, True, False]:
    print(v, repr(Decimal(v)))
for f in [0.1, 0.5, -0.0, 1e22, 1.5e-10, 2.0 ** 60, float('inf'), float('-inf'), float('nan'), 1 / 3]:
    print(f, repr(Decimal(f)), repr(Decimal.from_float(f)))
for t in [(0, (1, 4, 1, 4), -3), (1, (0,), 2), (0, (), 0), (1, (9, 9), 'F'), (0, (1, 2), 'n'),
          (1, (3,), 'N'), [0, [1, 2], -1], (0, (0, 0, 1), 0)]:
    print(t, repr(Decimal(t)))
d = Decimal('2.5')
print(Decimal(d) is d, repr(Decimal()), repr(Decimal('7', getcontext())))
print(d.as_tuple().sign, d.as_tuple().digits, d.as_tuple().exponent, repr(DecimalTuple(0, (1,), 0)))
print(d.as_integer_ratio(), Decimal('-0.125').as_integer_ratio(), Decimal('1E+3').as_integer_ratio())
print(repr(d.real), repr(d.imag), repr(d.conjugate()), repr(d.radix()), repr(d.canonical()))

# Subclasses keep their type.
class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self


m = Money('1.50')
print(repr(m), type(m).__name__, isinstance(m, Decimal), repr(m + 1), repr(Money(m)))

# Predicates and classes.
for t in ['0', '-0', '1', '-2.5', 'NaN', 'sNaN', 'Infinity', '-Infinity', '1E-999999', '1E-1000000']:
    d = Decimal(t)
    print(t, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(), d.is_zero(),
          d.is_signed(), d.is_normal(), d.is_subnormal(), d.is_canonical(), d.number_class())

# Conversions.
for t in ['0', '2.5', '-2.5', '3.5', '-7.9', '1E+20', '123.456', '-0.001']:
    d = Decimal(t)
    print(t, int(d), float(d), round(d), round(d, 1), round(d, -1), bool(d), complex(d))
import math
for t in ['2.5', '-2.5', '7', '-0.1', '1E+3']:
    d = Decimal(t)
    print(t, math.floor(d), math.ceil(d), math.trunc(d), type(math.floor(d)).__name__)
print(float(Decimal('NaN')), float(Decimal('-Infinity')), float(Decimal('1e400')), float(Decimal('1e-400')))

# Copies and signs.
d = Decimal('-3.20')
print(repr(d.copy_abs()), repr(d.copy_negate()), repr(Decimal(5).copy_sign(d)), repr(d.copy_sign(1)))
print(repr(d.normalize()), repr(Decimal('120.00').normalize()), repr(Decimal('0.000').normalize()),
      repr(Decimal('-0E+5').normalize()), repr(Decimal('1E+2').normalize()))
print(repr(Decimal('1.20').same_quantum(Decimal('3.45'))), Decimal('1.2').same_quantum(Decimal('1')))
print(repr(Decimal('123.456').scaleb(2)), repr(Decimal('123.456').scaleb(-5)), repr(Decimal('250').logb()))
print(repr(Decimal('1.5').next_plus()), repr(Decimal('1.5').next_minus()), repr(Decimal(1).next_toward(2)))
print([x for x in dir(decimal) if not x.startswith('_')])
