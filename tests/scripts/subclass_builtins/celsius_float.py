# Celsius(float) with a property; arithmetic gives plain floats.
import math

class Celsius(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def warmer(self, other):
        return self > other

c = Celsius(21.5)
print(c, repr(c), str(c), type(c).__name__)
print(c.fahrenheit, type(c.fahrenheit).__name__)
print(Celsius(100).fahrenheit, Celsius('-40').fahrenheit)
for r in (c + 1, c - 0.5, c * 2, c / 2, -c, abs(c), c ** 2, c // 2):
    print(r, type(r).__name__)
print(round(c), type(round(c)).__name__)
print(round(c, 0), type(round(c, 0)).__name__)
print(math.sqrt(Celsius(16)), math.floor(c), math.ceil(c), math.isclose(c, 21.5))
print(c == 21.5, c < 22, c > Celsius(30), c.warmer(20), 21 < c)
print(hash(c) == hash(21.5), float(c), type(float(c)).__name__)
print(c.is_integer(), Celsius(3).is_integer(), c.as_integer_ratio())
print(int(c), f'{c:.2f}', f'{c:8.1f}|', '%.3f' % c)
print(sorted([Celsius(3.5), 1.5, Celsius(-2)]))
print(isinstance(c, float), isinstance(c, Celsius), type(c) is float)
try:
    c.fahrenheit = 0
except AttributeError as e:
    print(type(e).__name__, str(e))
try:
    Celsius('hot')
except ValueError as e:
    print(type(e).__name__, str(e))
