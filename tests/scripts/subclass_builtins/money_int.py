# Money(int): __new__ with an extra attribute, __repr__, __add__ override.
class Money(int):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

    def __repr__(self):
        return 'Money(%d %s)' % (int(self), self.currency)

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

m = Money(5)
print(repr(m), m.currency, Money(7, 'USD').currency)
print(m, str(m), f'{m}', [m])
print(int(m), type(int(m)).__name__, float(m), type(float(m)).__name__)
total = m + 3
print(total, type(total).__name__)
print(m + Money(2), type(m + Money(2)).__name__)
radd = 3 + m
print(radd, type(radd).__name__)
for r in (m * 2, m - 1, m // 2, m % 3, -m, abs(m), m ** 2, m << 1):
    print(r, type(r).__name__)
print(m / 2, type(m / 2).__name__)
print(m == 5, m != 5, m < 6, m >= 5, 4 < m, m == Money(5, 'USD'))
print(hash(m) == hash(5), hash(Money(-1)) == hash(-1))
print(isinstance(m, int), type(m) is int, type(m).__name__)
print(bool(Money(0)), bool(m))
print(Money('42'), Money(3.9), Money(True))
print(m.bit_length(), m.real, type(m.real).__name__)
print(vars(m))
