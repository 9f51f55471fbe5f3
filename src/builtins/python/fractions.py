"""Fraction, a rational number kept as a normalized numerator and
denominator, behaving as CPython's fractions.Fraction."""

import math
import sys

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    if isinstance(x, (float, complex, str)):
        return False
    return hasattr(x, 'numerator') and hasattr(x, 'denominator')


def _digits(s, i, allow_underscore=True):
    # The end of a run of digits (with single underscores between digits)
    # starting at i; i itself when there is none.
    n = len(s)
    j = i
    while j < n and s[j] in '0123456789':
        j += 1
        if allow_underscore and j + 1 < n and s[j] == '_' and s[j + 1] in '0123456789':
            j += 1
    return j


def _parse(text):
    # (numerator, denominator) of a Fraction literal, or None.
    s = text.strip()
    i = 0
    n = len(s)
    sign = 1
    if i < n and s[i] in '+-':
        if s[i] == '-':
            sign = -1
        i += 1
    if not (i < n and (s[i] in '0123456789' or
                       (s[i] == '.' and i + 1 < n and s[i + 1] in '0123456789'))):
        return None
    j = _digits(s, i)
    num = s[i:j]
    i = j
    if i < n and s[i] == '/':
        k = i + 1
        j = _digits(s, k)
        if j == k or j != n:
            return None
        return sign * int(num), int(s[k:j])
    numerator = int(num) if num else 0
    denominator = 1
    if i < n and s[i] == '.':
        i += 1
        j = _digits(s, i)
        decimal = s[i:j]
        i = j
        if decimal:
            scale = 10 ** len(decimal.replace('_', ''))
            numerator = numerator * scale + int(decimal)
            denominator *= scale
    if i < n and s[i] in 'eE':
        i += 1
        start = i
        if i < n and s[i] in '+-':
            i += 1
        j = _digits(s, i)
        if j == i:
            return None
        exp = int(s[start:j])
        i = j
        if exp >= 0:
            numerator *= 10 ** exp
        else:
            denominator *= 10 ** -exp
    if i != n:
        return None
    return sign * numerator, denominator


def _is_decimal(x):
    # A decimal.Decimal (the module is only looked at once it is loaded).
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(x, decimal.Decimal)


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/4'), Fraction('1.5'),
    Fraction(0.25) (exactly) and Fraction(other_fraction) are accepted too.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with ints and Fractions the result is a Fraction, with
    # floats a float, with complex numbers a complex.

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.denominator + b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator * b._denominator + b._numerator * a.denominator,
                            a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.denominator - b.numerator * a._denominator,
                            a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator * b._denominator - b._numerator * a.denominator,
                            a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(a._numerator * b.numerator, a._denominator * b.denominator)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator * b._numerator, a.denominator * b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    @staticmethod
    def _div(na, da, nb, db):
        # na/da divided by nb/db, reduced the way CPython reduces it (so
        # that a zero divisor reports the reduced numerator).
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction._div(a._numerator, a._denominator, b.numerator, b.denominator)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, (int, Fraction)):
            return Fraction._div(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, (int, Fraction)):
            return (a.numerator * b._denominator) // (a.denominator * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            div, n_mod = divmod(a._numerator * db, da * b.numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, (int, Fraction)):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            da, db = a._denominator, b.denominator
            return Fraction((a._numerator * db) % (b.numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, (int, Fraction)):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: a Fraction when b is an integer, else a float."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to the even neighbour."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float."""
        d = self._denominator
        if d % _HASH_MODULUS == 0:
            hash_ = _HASH_INF
        else:
            dinv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
