# The digit-wise operations: logical_and/or/xor/invert, rotate and shift.
from decimal import *
c = Context(prec=9, traps=[])
for a, b in [('1101', '1011'), ('0', '1'), ('111111111', '1'), ('12', '1'), ('-1', '1'), ('1E+1', '1'), ('1111111111', '1'), ('1.0', '1')]:
    a, b = Decimal(a), Decimal(b)
    print(a, b, c.logical_and(a, b), c.logical_or(a, b), c.logical_xor(a, b), c.logical_invert(a))
for a in ['123456789', '12', '-1234', '1.23E+5', 'Infinity', 'NaN', '12345678901']:
    for n in [0, 1, 3, -2, 9, -9, 10, 2.0 if False else 4]:
        a_ = Decimal(a)
        print(a, n, c.rotate(a_, n), c.shift(a_, n), a_.rotate(n, c), a_.shift(-n, c))
print(c.rotate(Decimal(5), Decimal('1.0')), c)
