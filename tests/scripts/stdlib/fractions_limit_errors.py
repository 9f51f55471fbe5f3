from fractions import Fraction
import math

print(Fraction('3.1415926535897932').limit_denominator(1000))
print(Fraction(math.pi).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1))
print(Fraction(1, 3).limit_denominator(10), Fraction(0.1).limit_denominator(), Fraction(-0.1).limit_denominator(7))
print(Fraction(5, 10).limit_denominator(3), Fraction(3, 8).limit_denominator(4), Fraction(-5, 8).limit_denominator(4))
print(Fraction(1, 2).limit_denominator(1), Fraction(3, 2).limit_denominator(1), Fraction(5, 2).limit_denominator(1))

def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(Fraction, 1, 0)
check(Fraction, 5, 0)
check(Fraction, '1/0')
check(lambda: Fraction(1, 2) / 0)
check(lambda: Fraction(3, 2) / Fraction(0))
check(lambda: Fraction(-3, 2) / 0)
check(lambda: 1 / Fraction(0))
check(lambda: Fraction(0) ** -1)
check(lambda: Fraction(1, 2) // 0)
check(lambda: Fraction(1, 2) % 0)
check(Fraction, 'abc')
check(Fraction, '1/2/3')
check(Fraction, '1.5/2')
check(Fraction, '')
check(Fraction, '1__0')
check(Fraction, '/2')
check(Fraction, 1.5, 2)
check(Fraction, [1])
check(Fraction, float('inf'))
check(Fraction, float('nan'))
check(Fraction.from_float, '1')
check(lambda: Fraction(1, 3).limit_denominator(0))
check(lambda: Fraction(1, 2) + 'a')
check(lambda: Fraction(1, 2) < 'a')
check(Fraction, '3 / 6')
check(Fraction, '1.')
check(Fraction, '1e')
check(Fraction, '.')
