from decimal import Decimal, localcontext
from fractions import Fraction
import math

values = ['0', '-0', '1', '1.0', '1.00', '-1', '0.5', '2.5', '0.1', '1E+2', '100', '1E-20', '123.456',
          '-7.25', '1E+30', '12345678901234567890', '3.14159', 'Infinity', '-Infinity']
for t in values:
    d = Decimal(t)
    f = float(d)
    same_as_float = hash(d) == hash(f) if Decimal(f) == d else None
    same_as_int = hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else None
    print(t, hash(d), same_as_float, same_as_int, hash(d) == hash(Fraction(*d.as_integer_ratio())) if d.is_finite() else None)
nan = Decimal('NaN')
print(hash(nan) == hash(nan), type(hash(nan)).__name__)
print(len({Decimal('1'), Decimal('1.0'), Decimal('1.00'), 1, 1.0, Fraction(1)}))
print(len({Decimal('0.5'), 0.5, Fraction(1, 2)}), len({Decimal('0.1'), 0.1}))
d = {Decimal('2.50'): 'x'}
print(d.get(2.5), d.get(Fraction(5, 2)), d.get(Decimal('2.5000')))

# Comparisons with Decimals, ints, floats and Fractions.
others = [Decimal('1.5'), Decimal('-2'), 1, -2, 0, 1.5, 0.1, float('inf'), float('nan'), Fraction(3, 2), Fraction(1, 3), True]
for t in ['1.5', '-2', '0', '0.1', '1E+2', 'Infinity', '-Infinity', 'NaN']:
    a = Decimal(t)
    row = []
    for b in others:
        try:
            row.append('%d%d%d%d%d%d' % (a == b, a != b, a < b, a <= b, a > b, a >= b))
        except Exception as e:
            row.append(type(e).__name__)
    print(t, ' '.join(row))
for b in others:
    a = Decimal('1.5')
    try:
        print(repr(b), b == a, b < a, b > a, b <= a)
    except Exception as e:
        print(repr(b), type(e).__name__)
print(Decimal('0.1') == 0.1, Decimal(0.1) == 0.1, Decimal('0.5') == 0.5, Decimal(1) == 1.0, Decimal(2) == True + True)
print(Decimal('1.5') == Fraction(3, 2), Fraction(3, 2) == Decimal('1.5'), Decimal('0.3') == Fraction(3, 10), Decimal(1) == 1j, Decimal(1) == 1 + 0j)
print(Decimal(1) == 'a', Decimal(1) != None, Decimal(1) in [1, 2], [Decimal('1.0')] == [1])
try:
    Decimal(1) < 'a'
except TypeError:
    print('TypeError')
print(max(Decimal(1), 2, 1.5), min(0.5, Decimal('0.25'), Fraction(1, 3)))
print(sorted([Decimal('2'), 1, 0.5, Fraction(3, 2), Decimal('-1E+1')]))

# compare / compare_total / max / min
pairs = [('1', '1.0'), ('1.0', '1'), ('-0', '0'), ('2', 'NaN'), ('NaN', '2'), ('-Infinity', '3'), ('1.20', '1.2'),
         ('7', '-7'), ('sNaN', '1'), ('NaN', 'sNaN')]
with localcontext(traps=[]):
    for x, y in pairs:
        a, b = Decimal(x), Decimal(y)
        print(x, y, repr(a.compare(b)), repr(a.compare_total(b)), repr(a.compare_total_mag(b)), repr(a.max(b)),
              repr(a.min(b)), repr(a.max_mag(b)), repr(a.min_mag(b)), repr(a.compare_signal(b)))

# Conversions to and from Fraction.
for t in ['1.25', '-0.125', '3', '1E+3', '0']:
    d = Decimal(t)
    print(t, repr(Fraction(d)), repr(Fraction.from_decimal(d)), Fraction(d) == d)
for t in ['NaN', 'Infinity']:
    try:
        Fraction(Decimal(t))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-7.9')))
