# A money lesson: prices, tax and totals, rounded to cents.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP, getcontext

CENT = Decimal('0.01')
print(0.1 + 0.2, Decimal('0.1') + Decimal('0.2'), Decimal(0.1) + Decimal(0.2))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)

cart = [('apple', Decimal('0.45'), 3), ('bread', Decimal('2.99'), 1), ('cheese', Decimal('7.125'), 2),
        ('milk', Decimal('1.15'), 4)]
subtotal = Decimal(0)
for name, price, qty in cart:
    line = price * qty
    subtotal += line
    print('%-8s %6s x %d = %8s' % (name, price, qty, line.quantize(CENT, rounding=ROUND_HALF_UP)))
tax = (subtotal * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
total = subtotal + tax
print('subtotal', subtotal, 'tax', tax, 'total', total, total.quantize(CENT))
print(f'{total:>12,.2f}|{total:<12.2f}|{total:^12}|{tax:.1%}|{subtotal:e}')

# Splitting a bill.
bill = Decimal('100.00')
share = (bill / 3).quantize(CENT, rounding=ROUND_DOWN)
print(bill / 3, share, bill - share * 2, share * 3)

# Every rounding mode on halves and near-halves.
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
for t in ['2.675', '2.665', '-2.675', '2.6751', '-2.6749', '0.005', '-0.005', '1.995', '2.601', '2.651']:
    d = Decimal(t)
    print(t, [str(d.quantize(CENT, rounding=m)) for m in modes])
for t in ['2.5', '3.5', '-2.5', '0.5', '-0.4', '10.01']:
    d = Decimal(t)
    print(t, [str(d.to_integral_value(rounding=m)) for m in modes], d.to_integral_exact())

# Interest compounding, as a lesson would do it.
balance = Decimal('1000.00')
rate = Decimal('0.05')
for year in range(1, 6):
    balance = (balance * (1 + rate)).quantize(CENT, ROUND_HALF_EVEN)
    print(year, balance)
print(Decimal('1000') * (1 + rate) ** 10, (Decimal('1.05') ** 10).quantize(Decimal('0.0001')))
print(sum([Decimal('0.10')] * 10), sum(Decimal(p) for p in ['19.99', '5.01', '0.5']))
print(max(Decimal('1.10'), Decimal('1.1')), min([Decimal('3'), Decimal('-1.5'), Decimal('2')]))
print(sorted([Decimal('1.5'), Decimal('-2'), Decimal('0.25'), 1, 0.5]))
prices = {Decimal('1.50'): 'a', Decimal('2'): 'b'}
print(prices[Decimal('1.5')], prices[2], Decimal('2.0') in prices)
print(round(Decimal('2.675'), 2), round(Decimal('-1.005'), 2), round(Decimal('12345.6789'), -2))
print(getcontext().prec, Decimal(1) / Decimal(7), Decimal(2).sqrt())
print('%.2f %s %r %d' % (Decimal('3.14159'), Decimal('3.10'), Decimal('3.10'), Decimal('42.9')))
print('{:.3f} {:,} {:08.2f} {:+.1f} {:e} {:.2E} {:g} {:%}'.format(Decimal('1.23456'), Decimal('1234567.891'),
      Decimal('-3.5'), Decimal('2.25'), Decimal('12345'), Decimal('0.000123'), Decimal('1E+5'), Decimal('0.25')))
