from fractions import Fraction
import math

print(Fraction(3, 4), repr(Fraction(3, 4)), Fraction(6, -8), Fraction(-6, -8), Fraction(0, 5))
print(Fraction(7), Fraction(), Fraction(True), Fraction(Fraction(2, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction(1, 2).numerator, Fraction(1, 2).denominator, Fraction(5).as_integer_ratio())
for s in ['3/4', ' -3/4 ', '1.5', '-.5', '+7', '1e3', '1.25e-2', '2E2', '1_000/3', '0.000', '10.', '1_0.2_5']:
    print(repr(s), repr(Fraction(s)))
for f in [0.5, 0.1, -2.75, 1e100, 5e-324, 0.0, -0.0]:
    print(f, repr(Fraction(f)), repr(Fraction.from_float(f)))
print(repr(Fraction.from_float(3)))
print(Fraction(2**100, 6), Fraction(-(2**70), 2**72))

x = Fraction(3, 4)
y = Fraction(5, 6)
print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(x + 1, 1 + x, x - 2, 2 - x, x * 4, 4 * x, x / 3, 3 / x, 7 // x, 7 % x, divmod(7, x))
print(x + 0.5, 0.5 + x, x * 2.0, x / 0.25, 2.0 / x, x - 1.0, x // 0.5, x % 0.5, divmod(x, 0.5))
print(x + 1j, x * (1 + 2j))
print(x ** 2, x ** -2, (-x) ** 3, (-x) ** -3, x ** 0, x ** 0.5, 2 ** x, 2 ** Fraction(3), Fraction(4) ** Fraction(1, 2), 2.0 ** x)
print(Fraction(1, 2) ** Fraction(2), Fraction(9, 4) ** Fraction(1, 2))
print(-x, +x, abs(Fraction(-3, 4)), int(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(12345, 1), -2), round(Fraction(1, 3)))
print(bool(Fraction(0)), bool(Fraction(1, 9)))
print(sum([Fraction(1, n) for n in range(1, 11)]))
