"""Decimal fixed point and floating point arithmetic, behaving as CPython's
decimal module (the General Decimal Arithmetic Specification).

A Decimal is a sign (0 or 1), a coefficient (a Python int >= 0) and an
exponent: its value is (-1)**sign * coefficient * 10**exponent.  The
special values keep a letter in place of the exponent: 'F' for Infinity,
'n' for a quiet NaN and 'N' for a signaling NaN (the coefficient is then
the NaN's payload).

Every operation works on exact integers and rounds once, at the end, to
the precision of the current context (`_fix`).  What happened on the way
(a rounded result, a division by zero...) is recorded as flags in the
context; a flag whose trap is set raises its exception.
"""

import math as _math

import _ctype

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """The base of the decimal module's exceptions."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result (0 * Infinity, sqrt(-1) ...)."""


class ConversionSyntax(InvalidOperation):
    """A string was not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient had more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context's settings were invalid."""


class Rounded(DecimalException):
    """Digits (zero or not) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent was below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent was above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# Each condition is one bit of a context's flags and traps, in this order
# (the order CPython lists them in a Context's repr).  The five
# InvalidOperation conditions together are the InvalidOperation signal.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_FLOAT_OPERATION = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_ALL_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED
                | _INVALID_CONTEXT | _INVALID_OPERATION)

# The signals: the exception classes a user sets flags and traps with.
_SIGNALS = (
    (InvalidOperation, _ALL_INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)

# The conditions an exception's message lists, in the order it lists them.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
) + _SIGNALS[1:]

# The names a Context's repr shows, bit by bit.
_BIT_NAMES = (
    (_CLAMPED, 'Clamped'), (_CONVERSION_SYNTAX, 'InvalidOperation'),
    (_DIVISION_BY_ZERO, 'DivisionByZero'),
    (_DIVISION_IMPOSSIBLE, 'InvalidOperation'),
    (_DIVISION_UNDEFINED, 'InvalidOperation'), (_INEXACT, 'Inexact'),
    (_INVALID_CONTEXT, 'InvalidOperation'),
    (_INVALID_OPERATION, 'InvalidOperation'),
    (_FLOAT_OPERATION, 'FloatOperation'), (_OVERFLOW, 'Overflow'),
    (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'),
    (_UNDERFLOW, 'Underflow'),
)


def _signal_mask(signal):
    for sig, mask in _SIGNALS:
        if sig is signal:
            return mask
    raise KeyError(signal)


def _bits_from(signals):
    # A flags or traps bit set from a list of signals or a dict of them.
    bits = 0
    if isinstance(signals, (dict, _SignalDict)):
        for sig, on in signals.items():
            if on:
                bits |= _signal_mask(sig)
        return bits
    for sig in signals:
        bits |= _signal_mask(sig)
    return bits


def _bit_names(bits):
    names = []
    for bit, name in _BIT_NAMES:
        if bits & bit and name not in names:
            names.append(name)
    return '[' + ', '.join(names) + ']'


class _SignalDict:
    """A context's flags or traps: a mapping from each signal to a bool,
    reading and writing the context's bits."""

    __slots__ = ('_context', '_attr')

    def __init__(self, context, attr):
        self._context = context
        self._attr = attr

    def _bits(self):
        return getattr(self._context, self._attr)

    def __getitem__(self, signal):
        return bool(self._bits() & _signal_mask(signal))

    def __setitem__(self, signal, value):
        mask = _signal_mask(signal)
        bits = self._bits()
        setattr(self._context, self._attr, bits | mask if value else bits & ~mask)

    def __contains__(self, signal):
        return any(sig is signal for sig, _ in _SIGNALS)

    def __iter__(self):
        return iter([sig for sig, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return [sig for sig, _ in _SIGNALS]

    def values(self):
        return [self[sig] for sig, _ in _SIGNALS]

    def items(self):
        return [(sig, self[sig]) for sig, _ in _SIGNALS]

    def get(self, signal, default=None):
        try:
            return self[signal]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, (_SignalDict, dict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (sig, self[sig])
                               for sig, _ in _SIGNALS) + '}'


# ---------------------------------------------------------------------------
# Contexts

class Context:
    """The environment of arithmetic: the precision, the rounding, the
    exponent bounds, and the flags and traps of the signals."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps', '_status')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        template = DefaultContext  # None while DefaultContext itself is made
        self._status = 0
        if template is None:
            self._prec, self._rounding = 28, ROUND_HALF_EVEN
            self._Emin, self._Emax = -999999, 999999
            self._capitals, self._clamp = 1, 0
            self._flags = 0
            self._traps = _ALL_INVALID | _DIVISION_BY_ZERO | _OVERFLOW
        else:
            self._prec, self._rounding = template._prec, template._rounding
            self._Emin, self._Emax = template._Emin, template._Emax
            self._capitals, self._clamp = template._capitals, template._clamp
            self._flags = 0
            self._traps = template._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_from(flags)
        if traps is not None:
            self._traps = _bits_from(traps)

    # -- the settings, checked as CPython checks them

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _context_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _context_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _context_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _context_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _context_int(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _bits_from(value)

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _bits_from(value)

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self._Emin - self._prec + 1

    def Etop(self):
        """The largest exponent of a full-precision result: Emax - prec + 1."""
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        c._prec, c._rounding = self._prec, self._rounding
        c._Emin, c._Emax = self._Emin, self._Emax
        c._capitals, c._clamp = self._capitals, self._clamp
        c._flags, c._traps = self._flags, self._traps
        c._status = 0
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, m in _SIGNALS if self._flags & m],
                          [s for s, m in _SIGNALS if self._traps & m]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, _bit_names(self._flags),
                   _bit_names(self._traps)))

    # -- signals

    def _done(self, result):
        # Records what the operation signaled; raises when one is trapped.
        status = self._status
        if status:
            self._status = 0
            self._flags |= status
            trapped = status & self._traps
            if trapped:
                _raise_trapped(trapped)
        return result

    # -- conversions

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context (a string that is not
        a number gives NaN, or raises when ConversionSyntax is trapped)."""
        if isinstance(num, str):
            d = _from_string(num, self)
        elif isinstance(num, float):
            self._status |= _FLOAT_OPERATION
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._exp in ('n', 'N'):
            if len(str(d._int)) > self._prec - self._clamp:
                self._status |= _CONVERSION_SYNTAX
                d = _NAN
            return self._done(d)
        if d._exp == 'F':
            return self._done(d)
        return self._done(_fix(d._sign, d._int, d._exp, self))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self._done(_fix(d._sign, d._int, d._exp, self)
                          if d._exp not in ('n', 'N', 'F') else d)

    def copy_decimal(self, a):
        return Decimal(_convert_arg(a))

    # -- arithmetic, each as the Decimal method of the same meaning

    def abs(self, a):
        return _convert_arg(a).__abs__(context=self)

    def add(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _add)

    def subtract(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _subtract)

    def multiply(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _multiply)

    def divide(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _divide)

    def divide_int(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _divide_int)

    def remainder(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _remainder)

    def remainder_near(self, a, b):
        return _convert_arg(a).remainder_near(_convert_arg(b), context=self)

    def divmod(self, a, b):
        return _binary(_convert_arg(a), _convert_arg(b), self, _divmod)

    def power(self, a, b, modulo=None):
        return _convert_arg(a).__pow__(_convert_arg(b), modulo, context=self)

    def plus(self, a):
        return _convert_arg(a).__pos__(context=self)

    def minus(self, a):
        return _convert_arg(a).__neg__(context=self)

    def sqrt(self, a):
        return _convert_arg(a).sqrt(context=self)

    def exp(self, a):
        return _convert_arg(a).exp(context=self)

    def ln(self, a):
        return _convert_arg(a).ln(context=self)

    def log10(self, a):
        return _convert_arg(a).log10(context=self)

    def logb(self, a):
        return _convert_arg(a).logb(context=self)

    def fma(self, a, b, c):
        return _convert_arg(a).fma(b, c, context=self)

    def quantize(self, a, b):
        return _convert_arg(a).quantize(_convert_arg(b), context=self)

    def normalize(self, a):
        return _convert_arg(a).normalize(context=self)

    def compare(self, a, b):
        return _convert_arg(a).compare(_convert_arg(b), context=self)

    def compare_signal(self, a, b):
        return _convert_arg(a).compare_signal(_convert_arg(b), context=self)

    def compare_total(self, a, b):
        return _convert_arg(a).compare_total(_convert_arg(b))

    def compare_total_mag(self, a, b):
        return _convert_arg(a).compare_total_mag(_convert_arg(b))

    def max(self, a, b):
        return _convert_arg(a).max(_convert_arg(b), context=self)

    def min(self, a, b):
        return _convert_arg(a).min(_convert_arg(b), context=self)

    def max_mag(self, a, b):
        return _convert_arg(a).max_mag(_convert_arg(b), context=self)

    def min_mag(self, a, b):
        return _convert_arg(a).min_mag(_convert_arg(b), context=self)

    def next_plus(self, a):
        return _convert_arg(a).next_plus(context=self)

    def next_minus(self, a):
        return _convert_arg(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _convert_arg(a).next_toward(_convert_arg(b), context=self)

    def scaleb(self, a, b):
        return _convert_arg(a).scaleb(_convert_arg(b), context=self)

    def same_quantum(self, a, b):
        return _convert_arg(a).same_quantum(_convert_arg(b))

    def to_integral(self, a):
        return _convert_arg(a).to_integral_value(context=self)

    def to_integral_value(self, a):
        return _convert_arg(a).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return _convert_arg(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert_arg(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_arg(a).to_eng_string(context=self)

    def copy_abs(self, a):
        return _convert_arg(a).copy_abs()

    def copy_negate(self, a):
        return _convert_arg(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_arg(a).copy_sign(_convert_arg(b))

    def canonical(self, a):
        return _convert_arg(a)

    def logical_and(self, a, b):
        return _convert_arg(a).logical_and(_convert_arg(b), context=self)

    def logical_or(self, a, b):
        return _convert_arg(a).logical_or(_convert_arg(b), context=self)

    def logical_xor(self, a, b):
        return _convert_arg(a).logical_xor(_convert_arg(b), context=self)

    def logical_invert(self, a):
        return _convert_arg(a).logical_invert(context=self)

    def rotate(self, a, b):
        return _convert_arg(a).rotate(_convert_arg(b), context=self)

    def shift(self, a, b):
        return _convert_arg(a).shift(_convert_arg(b), context=self)

    def number_class(self, a):
        return _convert_arg(a).number_class(context=self)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _convert_arg(a).is_finite()

    def is_infinite(self, a):
        return _convert_arg(a).is_infinite()

    def is_nan(self, a):
        return _convert_arg(a).is_nan()

    def is_qnan(self, a):
        return _convert_arg(a).is_qnan()

    def is_snan(self, a):
        return _convert_arg(a).is_snan()

    def is_signed(self, a):
        return _convert_arg(a).is_signed()

    def is_zero(self, a):
        return _convert_arg(a).is_zero()

    def is_normal(self, a):
        return _convert_arg(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert_arg(a).is_subnormal(context=self)


def _context_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return int(value)


def _raise_trapped(bits):
    # CPython raises the first trapped signal, listing every trapped
    # condition that occurred.
    conditions = [cond for cond, bit in _CONDITIONS if bits & bit]
    for sig, mask in _SIGNALS:
        if bits & mask:
            raise sig(conditions)


DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero,
                              Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current_context = None


def getcontext():
    """The current context: the one arithmetic rounds to."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    """Makes context the current one (a copy, for the three templates)."""
    global _current_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current_context = context


class _ContextManager:
    """What localcontext() returns: a with-statement runs its body under a
    copy of a context, and the previous one comes back at the end."""

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc_info):
        setcontext(self.saved_context)


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                   'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager: `with localcontext() as ctx:` runs its body with
    a copy of ctx (the current context by default), changed by kwargs."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------------------
# DecimalTuple

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): what Decimal.as_tuple() returns."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self


# ---------------------------------------------------------------------------
# Building Decimals

def _new(sign, coefficient, exponent):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exponent
    return d


def _ndigits(n):
    return len(str(n))


_DIGITS = '0123456789'


def _parse(text):
    # (sign, coefficient, exponent) of a numeric string, or None.
    s = text.strip().replace('_', '')
    sign = 0
    i = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        i = 1
    body = s[i:]
    lower = body.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = body[len(prefix):]
            if payload == '':
                return sign, 0, kind
            if all(c in _DIGITS for c in payload):
                return sign, int(payload), kind
            return None
    mantissa, e, exponent = lower.partition('e')
    intpart, _, frac = mantissa.partition('.')
    digits = intpart + frac
    if not (digits.isascii() and digits.isdigit()):
        return None
    exp = 0
    if e:
        unsigned = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not (unsigned.isascii() and unsigned.isdigit()):
            return None
        exp = int(exponent)
    return sign, int(digits), exp - len(frac)


def _from_string(text, context):
    parsed = _parse(text)
    if parsed is None:
        context._status |= _CONVERSION_SYNTAX
        context._done(None)
        return _NAN
    return _new(*parsed)


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_math.inf, -_math.inf):
        return _new(sign, 0, 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k, exactly.
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coefficient = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coefficient = coefficient * 10 + digit
    if exp == 'F':
        coefficient = 0
    return _new(sign, coefficient, exp)


def _from_int(n):
    return _new(1 if n < 0 else 0, abs(int(n)), 0)


def _operand(value):
    # The other operand of an arithmetic operator: a Decimal, or None.
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return None


def _convert_arg(value):
    # An operand of a Decimal or Context method: Decimals and ints only.
    d = _operand(value)
    if d is None:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)
    return d


# ---------------------------------------------------------------------------
# Rounding

def _round_off(sign, coefficient, drop, rounding):
    # coefficient with its last `drop` digits rounded away: (new, inexact).
    if drop <= 0:
        return coefficient * 10 ** -drop, False
    scale = 10 ** drop
    q, r = divmod(coefficient, scale)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = scale // 2
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= scale // 2
    elif rounding == ROUND_HALF_DOWN:
        up = r > scale // 2
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, context):
    context._status |= _OVERFLOW | _INEXACT | _ROUNDED
    rounding = context._rounding
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and sign == 0)
            or (rounding == ROUND_FLOOR and sign == 1)):
        return _new(sign, 0, 'F')
    return _new(sign, 10 ** context._prec - 1, context._Emax - context._prec + 1)


_POWERS_OF_TEN = {}


def _power_of_ten(n):
    # 10 ** n, remembered for the precisions in use.
    p = _POWERS_OF_TEN.get(n)
    if p is None:
        p = 10 ** n
        if len(_POWERS_OF_TEN) < 64:
            _POWERS_OF_TEN[n] = p
    return p


def _fix(sign, coefficient, exp, context):
    """The Decimal sign, coefficient, exponent rounded to context: at most
    prec digits, the exponent within the bounds, with the flags it raises."""
    prec = context._prec
    etop = context._Emax - prec + 1
    if context._Emin <= exp <= etop and 0 < coefficient < _power_of_ten(prec):
        # The common case: the number fits as it is.
        return _new(sign, coefficient, exp)
    etiny = context._Emin - prec + 1
    if coefficient == 0:
        exp_max = etop if context._clamp else context._Emax
        if exp > exp_max:
            exp = exp_max
            context._status |= _CLAMPED
        elif exp < etiny:
            exp = etiny
            context._status |= _CLAMPED
        return _new(sign, 0, exp)
    adjusted = exp + _ndigits(coefficient) - 1
    if adjusted > context._Emax:
        return _overflow(sign, context)
    subnormal = adjusted < context._Emin
    exp_min = etiny if subnormal else adjusted - prec + 1
    if exp < exp_min:
        coefficient, inexact = _round_off(sign, coefficient, exp_min - exp,
                                          context._rounding)
        exp = exp_min
        context._status |= _ROUNDED
        if inexact:
            context._status |= _INEXACT
        if coefficient >= 10 ** prec:
            coefficient //= 10
            exp += 1
            if exp > etop:
                return _overflow(sign, context)
        if subnormal:
            context._status |= _SUBNORMAL
            if inexact:
                context._status |= _UNDERFLOW
                if coefficient == 0:
                    context._status |= _CLAMPED
        return _new(sign, coefficient, exp)
    if subnormal:
        context._status |= _SUBNORMAL
    if context._clamp and exp > etop:
        coefficient *= 10 ** (exp - etop)
        exp = etop
        context._status |= _CLAMPED
    return _new(sign, coefficient, exp)


def _fix_nan(d, context):
    # A NaN result: its payload keeps at most prec - clamp digits.
    if d._int and _ndigits(d._int) > context._prec - context._clamp:
        return _new(d._sign, int(str(d._int)[-(context._prec - context._clamp):] or 0),
                    d._exp)
    return d


def _nans(a, b, context):
    # The NaN result of an operation with a NaN operand, or None.
    if a._exp == 'N' or (b is not None and b._exp == 'N'):
        context._status |= _INVALID_OPERATION
        snan = a if a._exp == 'N' else b
        return _fix_nan(_new(snan._sign, snan._int, 'n'), context)
    if a._exp == 'n':
        return _fix_nan(a, context)
    if b is not None and b._exp == 'n':
        return _fix_nan(b, context)
    return None


def _invalid(context, bit=_INVALID_OPERATION):
    context._status |= bit
    return _NAN


# ---------------------------------------------------------------------------
# Arithmetic on (sign, coefficient, exponent)

def _add(a, b, context, negate=False):
    bsign = b._sign ^ 1 if negate else b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(context)
            return _new(a._sign, 0, 'F')
        return _new(bsign, 0, 'F')
    prec = context._prec
    asign, acoef, aexp = a._sign, a._int, a._exp
    bsign_, bcoef, bexp = bsign, b._int, b._exp
    if aexp == bexp:
        pass  # aligned already: nothing to pad or cut
    elif acoef and bcoef:
        # An operand entirely below the rounding position of the other only
        # decides the rounding: a single digit far down stands in for it.
        aadj = aexp + _ndigits(acoef) - 1
        badj = bexp + _ndigits(bcoef) - 1
        if aadj > badj:
            limit = min(aexp, aadj - prec) - 2
            if badj < limit:
                bcoef, bexp = 1, limit
        elif badj > aadj:
            limit = min(bexp, badj - prec) - 2
            if aadj < limit:
                acoef, aexp = 1, limit
    elif acoef == 0 and bcoef:
        # Zero's exponent below the other's last digit would only pad it
        # with zeros past the precision: they are rounded away at once.
        floor = bexp - max(0, prec - _ndigits(bcoef))
        if aexp < floor:
            aexp = floor
            context._status |= _ROUNDED
    elif bcoef == 0 and acoef:
        floor = aexp - max(0, prec - _ndigits(acoef))
        if bexp < floor:
            bexp = floor
            context._status |= _ROUNDED
    exp = min(aexp, bexp)
    # A zero needs no scaling (and 10 ** gap may have a million digits).
    x = acoef * 10 ** (aexp - exp) if acoef else 0
    y = bcoef * 10 ** (bexp - exp) if bcoef else 0
    if asign:
        x = -x
    if bsign_:
        y = -y
    total = x + y
    if total == 0:
        if asign and bsign_:
            sign = 1
        elif asign != bsign_ and context._rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _fix(sign, 0, exp, context)
    return _fix(1 if total < 0 else 0, abs(total), exp, context)


def _subtract(a, b, context):
    return _add(a, b, context, negate=True)


def _multiply(a, b, context):
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if not b._int and b._exp != 'F':
                return _invalid(context)
            return _new(sign, 0, 'F')
        if not a._int:
            return _invalid(context)
        return _new(sign, 0, 'F')
    return _fix(sign, a._int * b._int, a._exp + b._exp, context)


def _divide(a, b, context):
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(context)
            return _new(sign, 0, 'F')
        context._status |= _CLAMPED
        return _new(sign, 0, context.Etiny())
    if not b._int:
        if not a._int:
            return _invalid(context, _DIVISION_UNDEFINED)
        context._status |= _DIVISION_BY_ZERO
        return _new(sign, 0, 'F')
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, context)
    return _fix(*_quotient(sign, a._int, b._int, ideal, context._prec), context)


def _quotient(sign, x, y, ideal, prec):
    # x / y * 10**ideal with at least prec + 1 digits, as (sign, coefficient,
    # exponent); an inexact quotient gets a final sticky digit 1, an exact
    # one keeps the exponent nearest to ideal.
    shift = _ndigits(y) - _ndigits(x) + prec + 1
    if shift >= 0:
        q, r = divmod(x * 10 ** shift, y)
    else:
        q, r = divmod(x, y * 10 ** -shift)
    exp = ideal - shift
    if r:
        return sign, q * 10 + 1, exp - 1
    while exp < ideal and q % 10 == 0:
        q //= 10
        exp += 1
    return sign, q, exp


def _int_quotient(a, b, context):
    # The integer part of a / b (truncated) and the remainder, exactly:
    # (quotient, remainder coefficient, remainder exponent), or None when
    # the quotient has more digits than the precision.
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if q and _ndigits(q) > context._prec:
        return None
    return q, r, exp


def _divide_int(a, b, context):
    sign = a._sign ^ b._sign
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(context)
            return _new(sign, 0, 'F')
        return _new(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(context, _DIVISION_UNDEFINED)
        context._status |= _DIVISION_BY_ZERO
        return _new(sign, 0, 'F')
    if a.adjusted() < b.adjusted() or not a._int:
        return _new(sign, 0, 0)
    if a.adjusted() - b.adjusted() > context._prec:
        return _invalid(context, _DIVISION_IMPOSSIBLE)
    parts = _int_quotient(a, b, context)
    if parts is None:
        return _invalid(context, _DIVISION_IMPOSSIBLE)
    return _new(sign, parts[0], 0)


def _remainder(a, b, context):
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
        if a._exp == 'F':
            return _invalid(context)
        return _fix(a._sign, a._int, a._exp, context)
    if not b._int:
        if not a._int:
            return _invalid(context, _DIVISION_UNDEFINED)
        return _invalid(context)
    if a._int and a.adjusted() - b.adjusted() > context._prec:
        return _invalid(context, _DIVISION_IMPOSSIBLE)
    if a._int and a.adjusted() >= b.adjusted():
        parts = _int_quotient(a, b, context)
        if parts is None:
            return _invalid(context, _DIVISION_IMPOSSIBLE)
        _, r, exp = parts
    else:
        exp = min(a._exp, b._exp)
        r = a._int * 10 ** (a._exp - exp)
    return _fix(a._sign, r, exp, context)


def _divmod(a, b, context):
    if (not isinstance(a._exp, str) and not isinstance(b._exp, str)
            and not b._int and a._int):
        context._status |= _DIVISION_BY_ZERO | _INVALID_OPERATION
        return _new(a._sign ^ b._sign, 0, 'F'), _NAN
    return _divide_int(a, b, context), _remainder(a, b, context)


def _binary(a, b, context, op):
    return context._done(op(a, b, context))


def _operator(name, op, reflected=False):
    # The Decimal method `name` for a binary operator: op(self, other), or
    # op(other, self) when reflected; an int other is converted, any other
    # type gets NotImplemented.
    def method(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = getcontext() if context is None else context
        if reflected:
            return ctx._done(op(other, self, ctx))
        return ctx._done(op(self, other, ctx))

    method.__name__ = name
    method.__qualname__ = "Decimal." + name
    return method


# ---------------------------------------------------------------------------
# Comparisons

def _compare_finite(a, b):
    # -1, 0 or 1: a against b, both finite or infinite (no NaN).
    if a._exp == 'F' or b._exp == 'F':
        av = (-1 if a._sign else 1) if a._exp == 'F' else 0
        bv = (-1 if b._sign else 1) if b._exp == 'F' else 0
        if a._exp == 'F' and b._exp == 'F':
            return (av > bv) - (av < bv)
        if a._exp == 'F':
            return av
        return -bv
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    if a._exp == b._exp:
        if a._int == b._int:
            return 0
        return flip if a._int > b._int else -flip
    aadj = a.adjusted()
    badj = b.adjusted()
    if aadj != badj:
        return flip if aadj > badj else -flip
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    if x == y:
        return 0
    return flip if x > y else -flip


def _compare_magnitude(a, b):
    # a against b by absolute value, then (equal magnitudes) by value.
    return _compare_finite(a.copy_abs(), b.copy_abs()) or _compare_finite(a, b)


def _rational_parts(value):
    # (numerator, denominator) of a Fraction-like number, or None.
    t = type(value)
    if t.__module__ == 'fractions' or (hasattr(value, 'numerator')
                                       and hasattr(value, 'denominator')
                                       and not isinstance(value, (int, float))):
        try:
            return int(value.numerator), int(value.denominator)
        except (TypeError, ValueError, AttributeError):
            return None
    return None


def _comparable(a, other, ordering):
    # (a', b') Decimals whose comparison is that of a with other, or None
    # when other is not a number Decimals compare with.
    if isinstance(other, Decimal):
        return a, other
    if isinstance(other, int):
        return a, _from_int(other)
    if isinstance(other, float):
        context = getcontext()
        context._status |= _FLOAT_OPERATION
        if ordering:
            context._done(None)
        else:
            # Equality with a float is recorded but never raises.
            context._flags |= context._status
            context._status = 0
        return a, _from_float(other)
    parts = _rational_parts(other)
    if parts is not None:
        n, d = parts
        if a._exp in ('F', 'n', 'N'):
            return a, _from_int(n)
        scaled = _new(a._sign, a._int * d, a._exp)
        return scaled, _from_int(n)
    return None


def _order(a, other, op):
    # The result of a < other (and the rest) per op: a function of the
    # comparison (-1, 0, 1), or NotImplemented.
    pair = _comparable(a, other, True)
    if pair is None:
        return NotImplemented
    x, y = pair
    if x._exp in ('n', 'N') or y._exp in ('n', 'N'):
        context = getcontext()
        context._status |= _INVALID_OPERATION
        context._done(None)
        return False
    return op(_compare_finite(x, y))


# ---------------------------------------------------------------------------
# Hashing

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_INVERSE_10 = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _hash(d):
    if d._exp == 'N':
        raise TypeError('Cannot hash a signaling NaN value')
    if d._exp == 'n':
        return object.__hash__(d)
    if d._exp == 'F':
        return -_HASH_INF if d._sign else _HASH_INF
    if d._exp >= 0:
        h = d._int % _HASH_MODULUS * pow(10, d._exp, _HASH_MODULUS) % _HASH_MODULUS
    else:
        h = d._int % _HASH_MODULUS * pow(_INVERSE_10, -d._exp, _HASH_MODULUS) % _HASH_MODULUS
    if d._sign:
        h = -h
    return -2 if h == -1 else h


# ---------------------------------------------------------------------------
# Transcendental functions, on fixed-point integers.
#
# Each computes an approximation with `digits` significant digits and a
# bound on its error; `_correctly_rounded` retries with more digits until
# the approximation's whole error interval rounds to one result.

def _atanh_inverse(k, scale):
    # atanh(1/k) * scale, for an integer k >= 2.
    total = 0
    power = scale // k
    k2 = k * k
    n = 1
    while power:
        total += power // n
        power //= k2
        n += 2
    return total


_LN10_CACHE = [0, 0]


def _ln10(scale_digits):
    # ln(10) * 10**scale_digits (a few guard digits beyond, then cut).
    if _LN10_CACHE[0] >= scale_digits:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - scale_digits)
    work = scale_digits + 10
    scale = 10 ** work
    ln2 = 2 * _atanh_inverse(3, scale)
    ln5_4 = 2 * _atanh_inverse(9, scale)
    value = 3 * ln2 + ln5_4
    _LN10_CACHE[0] = work
    _LN10_CACHE[1] = value
    return value // 10 ** (work - scale_digits)


def _ln_fixed(c, e, w):
    # ln(c * 10**e) * 10**w for c > 0, with an error of a few units.
    n = _ndigits(c)
    # c * 10**e = m * 10**(n - 1 + e) with 1 <= m < 10.
    power = n - 1 + e
    scale = 10 ** (w + 5)
    m = c * scale // 10 ** (n - 1)       # m * scale
    # Bring m near 1 by halving: m = z * 2**j with 0.75 <= z < 1.5.
    j = 0
    while m >= scale * 3 // 2:
        m //= 2
        j += 1
    t = abs(m - scale) * scale // (m + scale)  # |z - 1| / (z + 1)
    t2 = t * t // scale
    total = 0
    term = t
    k = 1
    while term:
        total += term // k
        term = term * t2 // scale
        k += 2
    ln_z = 2 * total if m >= scale else -2 * total
    ln2 = 2 * _atanh_inverse(3, scale)
    result = ln_z + j * ln2 + power * _ln10(w + 5)
    return result // 10 ** 5


def _exp_fixed(c, e, w):
    # (q, E): exp(c * 10**e) == E / 10**w * 10**q approximately, with
    # 10**w <= E < 10**(w + 1), for a value of moderate size.
    guard = 20
    work = w + guard
    scale = 10 ** work
    x = c * scale * 10 ** e if e >= 0 else c * scale // 10 ** -e
    # x = q * ln10 + r with 0 <= r < ln10.
    extra = max(0, _ndigits(abs(x) // scale + 1))
    ln10 = _ln10(work + extra)
    x_fine = c * 10 ** (work + extra + e) if e + work + extra >= 0 else c // 10 ** -(e + work + extra)
    q = x_fine // ln10
    r = (x_fine - q * ln10) // 10 ** extra       # r * scale
    # exp(r) = exp(r / 2**k) ** (2**k)
    k = 8
    y = r >> k
    total = scale
    term = scale
    n = 1
    while term:
        term = term * y // (scale * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // scale
    # total = exp(r) * scale, with 1 <= exp(r) < 10 (up to the error).
    digits = _ndigits(total)
    # Normalize to w + 1 digits.
    cut = digits - (w + 1)
    value = total // 10 ** cut if cut >= 0 else total * 10 ** -cut
    return q + (digits - 1 - work), value


def _correctly_rounded(approx, context, rounding=ROUND_HALF_EVEN):
    """The Decimal nearest approx(w) rounds to: approx(w) gives (sign,
    coefficient, exponent) with an error below 100 units of the last place;
    w grows until the error cannot change the rounded result."""
    prec = context._prec
    w = prec + 10
    for _ in range(6):
        sign, coef, exp = approx(w)
        lo = _scratch(context, rounding)
        low = _fix(sign, max(coef - 100, 0), exp, lo)
        high = _fix(sign, coef + 100, exp, lo)
        if low._int == high._int and low._exp == high._exp:
            break
        w = w * 2
    short = prec + 2 - _ndigits(coef)
    if short > 0:
        coef *= 10 ** short
        exp -= short
    return _fix(sign, coef * 10 + 1, exp - 1, _with_rounding(context, rounding))


def _scratch(context, rounding):
    c = context.copy()
    c._rounding = rounding
    c._traps = 0
    return c


class _with_rounding:
    """A view of a context that rounds with another mode: it records its
    status in the context itself."""

    def __init__(self, context, rounding):
        self._context = context
        self._prec = context._prec
        self._rounding = rounding
        self._Emin = context._Emin
        self._Emax = context._Emax
        self._clamp = context._clamp

    @property
    def _status(self):
        return self._context._status

    @_status.setter
    def _status(self, value):
        self._context._status = value

    def Etiny(self):
        return self._Emin - self._prec + 1


def _log10_estimate(d):
    # log10(|d|) roughly (as a float), for a finite nonzero d.
    digits = str(d._int)
    return d.adjusted() + _math.log10(float(digits[:15]) / 10 ** (min(len(digits), 15) - 1))


def _beyond_range(log10_value, context, rounding=ROUND_HALF_EVEN, sign=0):
    # The overflowing or underflowing result of a function whose value's
    # base-ten logarithm is about log10_value; None when it is in range.
    view = _with_rounding(context, rounding)
    if log10_value > context._Emax + 2:
        return _overflow(sign, view)
    if log10_value < context.Etiny() - 3:
        return _fix(sign, 1, context.Etiny() - 2, view)
    return None


def _exp(a, context):
    if isinstance(a._exp, str):
        nan = _nans(a, None, context)
        if nan is not None:
            return nan
        return _new(0, 0, 0) if a._sign else _new(0, 0, 'F')
    if not a._int:
        return _new(0, 1, 0)
    prec = context._prec
    adjusted = a.adjusted()
    if adjusted < -(prec + 2):
        # exp(x) = 1 + x + ...: a tiny x only decides the rounding.
        p = prec + 2
        coef = 10 ** p + (-1 if a._sign else 1)
        return _fix(0, coef, -p, _with_rounding(context, ROUND_HALF_EVEN))
    out_of_range = _beyond_range(float(a) / _math.log(10), context)
    if out_of_range is not None:
        return out_of_range
    c = -a._int if a._sign else a._int

    def approx(w):
        q, value = _exp_fixed(c, a._exp, w)
        return 0, value, q - w

    return _correctly_rounded(approx, context)


def _log_special(a, context):
    # ln or log10 of a NaN, an infinity, a zero or a negative number (the
    # two agree there); None for a positive finite a.
    if isinstance(a._exp, str):
        nan = _nans(a, None, context)
        if nan is not None:
            return nan
        if a._sign:
            return _invalid(context)
        return _new(0, 0, 'F')
    if not a._int:
        return _new(1, 0, 'F')
    if a._sign:
        return _invalid(context)
    return None


def _log_approx(fixed_log):
    # The approx(w) of _correctly_rounded for a logarithm: fixed_log(work)
    # is it with `work` digits below the point, and work grows until the
    # value has w significant digits.
    def approx(w):
        work = w + 2
        for _ in range(3):
            value = fixed_log(work)
            digits = _ndigits(abs(value))
            if digits >= w:
                break
            work += w - digits + 2
        return (1 if value < 0 else 0), abs(value), -work

    return approx


def _ln(a, context):
    special = _log_special(a, context)
    if special is not None:
        return special
    if _compare_finite(a, _ONE) == 0:
        return _new(0, 0, 0)

    def ln(work):
        return _ln_fixed(a._int, a._exp, work)

    return _correctly_rounded(_log_approx(ln), context)


def _log10(a, context):
    special = _log_special(a, context)
    if special is not None:
        return special
    s = str(a._int)
    if s[0] == '1' and s[1:].count('0') == len(s) - 1:
        # An exact power of ten: its exponent, exactly.
        power = a._exp + len(s) - 1
        return _fix(1 if power < 0 else 0, abs(power), 0, context)

    def log10(work):
        # ln(a) / ln(10), both with two more digits.
        return _ln_fixed(a._int, a._exp, work + 2) * 10 ** work // _ln10(work + 2)

    return _correctly_rounded(_log_approx(log10), context)


def _sqrt(a, context):
    if isinstance(a._exp, str):
        nan = _nans(a, None, context)
        if nan is not None:
            return nan
        if a._sign:
            return _invalid(context)
        return _new(0, 0, 'F')
    ideal = a._exp // 2
    if not a._int:
        return _fix(a._sign, 0, ideal, context)
    if a._sign:
        return _invalid(context)
    c, e = a._int, a._exp
    if e % 2:
        c *= 10
        e -= 1
    prec = context._prec
    shift = max(0, prec + 1 - (_ndigits(c) + 1) // 2)
    c *= 10 ** (2 * shift)
    r = _math.isqrt(c)
    exp = e // 2 - shift
    half_even = _with_rounding(context, ROUND_HALF_EVEN)
    if r * r == c:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
        return _fix(0, r, exp, half_even)
    return _fix(0, r * 10 + 1, exp - 1, half_even)


def _power(a, b, context):
    if isinstance(a._exp, str) or isinstance(b._exp, str):
        nan = _nans(a, b, context)
        if nan is not None:
            return nan
    b_integral = b._exp != 'F' and b._is_integral()
    sign = 0
    if a._sign and not (a._exp != 'F' and not a._int and not b_integral):
        if not b_integral:
            if a._exp != 'F' and not a._int and b._exp != 'F' and not b._sign:
                return _new(0, 0, 0)
            return _invalid(context)
        if b._exp != 'F' and int(b) & 1:
            sign = 1
    if b._exp == 'F':
        if a._exp == 'F':
            return _new(0, 0, 0) if b._sign else _new(0, 0, 'F')
        if not a._int:
            return _new(0, 0, 'F') if b._sign else _new(0, 0, 0)
        cmp = _compare_finite(_new(0, a._int, a._exp), _ONE)
        if cmp == 0:
            context._status |= _INEXACT | _ROUNDED
            return _fix(0, 10 ** (context._prec - 1), 1 - context._prec, context)
        if (cmp > 0) != bool(b._sign):
            return _new(0, 0, 'F')
        return _new(0, 0, 0)
    if a._exp == 'F':
        if not b._int:
            return _new(0, 1, 0)
        if b._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 'F')
    if not a._int:
        if not b._int:
            return _invalid(context)
        if b._sign:
            return _new(sign, 0, 'F')
        return _new(sign, 0, 0)
    if b_integral:
        return _power_int(a, int(b), sign, context)
    # a ** b == exp(b * ln(a)), a > 0.
    def approx(w):
        work = _scratch(context, ROUND_HALF_EVEN)
        work._prec = w + 5
        work._Emax = MAX_EMAX
        work._Emin = MIN_EMIN
        lna = _ln(a, work)
        product = _multiply(lna, b, work)
        result = _exp(product, work)
        return result._sign, result._int, result._exp

    out_of_range = _beyond_range(float(b) * _log10_estimate(a), context,
                                 context._rounding, sign)
    if out_of_range is not None:
        return out_of_range
    result = _correctly_rounded(approx, context, context._rounding)
    context._status |= _INEXACT | _ROUNDED
    return result


def _power_int(a, n, sign, context):
    prec = context._prec
    if n == 0:
        return _new(0, 1, 0)
    adj = a.adjusted()
    m = abs(n)
    # The result's adjusted exponent lies in [m*adj, m*(adj+1)) (for n > 0).
    low, high = (m * adj, m * (adj + 1)) if n > 0 else (-m * (adj + 1), -m * adj)
    if low > context._Emax + 1:
        return _overflow(sign, context)
    if high < context.Etiny() - 2:
        context._status |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
        return _new(sign, 0, context.Etiny())
    ndigits = _ndigits(a._int)
    if ndigits * m <= max(4 * prec, 1200):
        coef = a._int ** m
        exp = a._exp * m
        if n > 0:
            return _fix(sign, coef, exp, context)
        return _fix(*_quotient(sign, 1, coef, -exp, prec), context)
    # Too many digits for the exact power: binary powering with guard digits.
    work = _scratch(context, ROUND_HALF_EVEN)
    work._prec = prec + _ndigits(m) + 5
    work._Emax = MAX_EMAX
    work._Emin = MIN_EMIN
    base = _new(0, a._int, a._exp)
    result = _ONE
    while m:
        if m & 1:
            result = _multiply(result, base, work)
        m >>= 1
        if m:
            base = _multiply(base, base, work)
    inexact = work._status & _INEXACT
    if n < 0:
        result = _divide(_ONE, result, work)
        inexact = inexact or work._status & _INEXACT
    coef, exp = result._int, result._exp
    if inexact:
        coef, exp = coef * 10 + 1, exp - 1
    return _fix(sign, coef, exp, context)


# ---------------------------------------------------------------------------
# Formatting

def _sci_string(sign, digits, exp, eng, capitals):
    # The to-sci-string (or to-eng-string) form of a finite number.
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif digits == '0':
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    intpart, fracpart = _split_at(digits, dotplace)
    if fracpart:
        fracpart = '.' + fracpart
    if leftdigits == dotplace:
        tail = ''
    else:
        tail = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
    return ('-' if sign else '') + intpart + fracpart + tail


def _split_at(digits, dotplace):
    # The digits before and after a decimal point `dotplace` digits from
    # the left (zeros added where the point is outside them).
    if dotplace <= 0:
        return '0', '0' * -dotplace + digits
    if dotplace >= len(digits):
        return digits + '0' * (dotplace - len(digits)), ''
    return digits[:dotplace], digits[dotplace:]


def _special_string(d):
    sign = '-' if d._sign else ''
    if d._exp == 'F':
        return sign + 'Infinity'
    payload = str(d._int) if d._int else ''
    return sign + ('NaN' if d._exp == 'n' else 'sNaN') + payload


def _parse_spec(spec):
    # The parts of a format spec: fill, align, sign, z, zero, width,
    # thousands, precision, type; ValueError when it is not one.
    fill, align = ' ', None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while j < n and spec[j] in _DIGITS:
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    thousands = ''
    if i < n and spec[i] == ',':
        thousands = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j] in _DIGITS:
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = int(spec[i + 1:j])
        i = j
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align, sign, nozero, width, thousands, precision, kind


def _group(intpart, sep, min_width):
    # intpart with sep between groups of three, padded with zeros (and
    # separators) to at least min_width characters.
    groups = []
    digits = intpart
    while True:
        groups.append(digits[-3:])
        digits = digits[:-3]
        if not digits:
            break
    text = sep.join(reversed(groups))
    if min_width > len(text):
        while len(text) < min_width:
            if len(groups[-1]) == 3:
                groups.append('0')
            else:
                groups[-1] = '0' + groups[-1]
            text = sep.join(reversed(groups))
    return text


def _round_to_digits(sign, coef, exp, ndigits, rounding):
    # coef * 10 ** exp with coef rounded (or padded) to ndigits digits.
    drop = _ndigits(coef) - ndigits
    coef, _ = _round_off(sign, coef, drop, rounding)
    exp += drop
    if _ndigits(coef) > ndigits:  # 999 rounded up to 1000
        coef //= 10
        exp += 1
    return coef, exp


def _format(d, spec, context):
    fill, align, sign_opt, nozero, width, thousands, precision, kind = _parse_spec(spec)
    rounding = context._rounding
    if align is None:
        align = '>'
    if d._exp in ('F', 'n', 'N'):
        body = _special_string(d).lstrip('-')
        if kind == '%':
            body += '%'
        negative = bool(d._sign)
        if fill == '0' and align == '=':
            fill, align = ' ', '>'
        elif align == '=':
            align = '>'
    else:
        sign, coef, exp = d._sign, d._int, d._exp
        if kind is None:
            kind = 'G' if context._capitals else 'g'
        if kind == '%':
            exp += 2
        if kind in 'eE':
            if precision is not None and coef:
                coef, exp = _round_to_digits(sign, coef, exp, precision + 1, rounding)
            digits = str(coef)
            if not coef and precision is not None:
                digits = '0' * (precision + 1)
            dotplace = 1
        elif kind in 'fF%':
            if not coef and exp > 0:
                exp = 0
            if precision is not None:
                drop = -precision - exp
                coef, _ = _round_off(sign, coef, drop, rounding)
                exp = -precision
            digits = str(coef)
            if not coef and precision is not None:
                digits = '0' * (precision + 1)
                if precision == 0:
                    digits = '0'
            dotplace = exp + len(digits)
        else:  # g, G, n, and no type
            if precision is not None:
                p = max(precision, 1)
                if coef and _ndigits(coef) > p:
                    coef, exp = _round_to_digits(sign, coef, exp, p, rounding)
            digits = str(coef)
            leftdigits = exp + len(digits)
            if exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        leftdigits = exp + len(digits)
        intpart, fracpart = _split_at(digits, dotplace)
        if leftdigits == dotplace and kind not in 'eE':
            tail = ''
        else:
            letter = 'E' if kind in 'EG' else 'e'
            tail = letter + '%+d' % (leftdigits - dotplace)
        if kind == '%':
            tail = '%'
        negative = bool(sign)
        if nozero and negative and not int(digits or '0'):
            negative = False
        frac = ('.' + fracpart) if fracpart else ''
        sign_text = '-' if negative else ('' if sign_opt == '-' else sign_opt)
        if thousands:
            min_width = 0
            if fill == '0' and align == '=' and width:
                min_width = width - len(sign_text) - len(frac) - len(tail)
            intpart = _group(intpart, thousands, min_width)
        body = intpart + frac + tail
    sign_text = '-' if negative else ('' if sign_opt == '-' else sign_opt)
    if width is None or len(sign_text) + len(body) >= width:
        return sign_text + body
    pad = width - len(sign_text) - len(body)
    if align == '<':
        return sign_text + body + fill * pad
    if align == '>':
        return fill * pad + sign_text + body
    if align == '^':
        left = pad // 2
        return fill * left + sign_text + body + fill * (pad - left)
    return sign_text + fill * pad + body


# ---------------------------------------------------------------------------
# Decimal

class Decimal:
    """Decimal(value='0', context=None): a decimal floating point number.

    value may be a string ('3.14', '-1E+3', 'NaN', 'Infinity'), an int, a
    float (converted exactly), a tuple (sign, digits, exponent) or another
    Decimal.
    """

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            ctx = getcontext() if context is None else context
            d = _from_string(value, ctx)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            ctx = getcontext() if context is None else context
            ctx._status |= _FLOAT_OPERATION
            ctx._done(None)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp = d._sign, d._int, d._exp
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f as a Decimal."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- conversions to text

    def __str__(self, eng=False, context=None):
        if isinstance(self._exp, str):
            return _special_string(self)
        capitals = (getcontext() if context is None else context)._capitals
        return _sci_string(self._sign, str(self._int), self._exp, eng, capitals)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def to_eng_string(self, context=None):
        """The string with an exponent that is a multiple of three."""
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, override=None):
        return _format(self, spec, getcontext())

    # -- conversions to numbers

    def _check_convertible(self, what):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to %s' % what)
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to %s' % what)

    def __int__(self):
        self._check_convertible('integer')
        if self._exp >= 0:
            value = self._int * 10 ** self._exp
        else:
            value = self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __float__(self):
        if self._exp in ('n', 'N'):
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return -_math.nan if self._sign else _math.nan
        if self._exp == 'F':
            return -_math.inf if self._sign else _math.inf
        return float(self.__str__())

    def __bool__(self):
        return isinstance(self._exp, str) or self._int != 0

    def __complex__(self):
        return complex(float(self))

    def as_integer_ratio(self):
        """(numerator, denominator): the value as a fraction in lowest terms."""
        self._check_convertible('integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._exp in ('n', 'N'):
            digits = tuple(int(c) for c in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)),
                            self._exp)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    # -- arithmetic operators

    __add__ = _operator("__add__", _add)
    __radd__ = _operator("__radd__", _add, reflected=True)
    __sub__ = _operator("__sub__", _subtract)
    __rsub__ = _operator("__rsub__", _subtract, reflected=True)
    __mul__ = _operator("__mul__", _multiply)
    __rmul__ = _operator("__rmul__", _multiply, reflected=True)
    __truediv__ = _operator("__truediv__", _divide)
    __rtruediv__ = _operator("__rtruediv__", _divide, reflected=True)
    __floordiv__ = _operator("__floordiv__", _divide_int)
    __rfloordiv__ = _operator("__rfloordiv__", _divide_int, reflected=True)
    __mod__ = _operator("__mod__", _remainder)
    __rmod__ = _operator("__rmod__", _remainder, reflected=True)
    __divmod__ = _operator("__divmod__", _divmod)
    __rdivmod__ = _operator("__rdivmod__", _divmod, reflected=True)

    def __pow__(self, other, modulo=None, context=None):
        b = _operand(other)
        if b is None:
            return NotImplemented
        ctx = getcontext() if context is None else context
        if modulo is not None:
            return self._pow_modulo(b, modulo, ctx)
        return ctx._done(_power(self, b, ctx))

    def __rpow__(self, other, modulo=None, context=None):
        a = _operand(other)
        if a is None:
            return NotImplemented
        return a.__pow__(self, modulo, context)

    def _pow_modulo(self, b, modulo, ctx):
        m = _operand(modulo)
        if m is None:
            return NotImplemented
        if (isinstance(self._exp, str) or isinstance(b._exp, str)
                or isinstance(m._exp, str)):
            nan = _nans(self, b, ctx) or _nans(m, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return ctx._done(_invalid(ctx))
        if (not self._is_integral() or not b._is_integral() or not m._is_integral()
                or b._sign or not m._int or (not self._int and not b._int)
                or _ndigits(abs(int(m))) > ctx._prec):
            return ctx._done(_invalid(ctx))
        base, exponent, mod = int(self), int(b), abs(int(m))
        value = pow(abs(base), exponent, mod)
        sign = 1 if base < 0 and exponent & 1 else 0
        return ctx._done(_new(sign, value, 0))

    def __neg__(self, context=None):
        ctx = getcontext() if context is None else context
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return _new(self._sign ^ 1, 0, 'F')
        sign = self._sign ^ 1
        if not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return ctx._done(_fix(sign, self._int, self._exp, ctx))

    def __pos__(self, context=None):
        ctx = getcontext() if context is None else context
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return self
        sign = self._sign
        if not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return ctx._done(_fix(sign, self._int, self._exp, ctx))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = getcontext() if context is None else context
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return _new(0, 0, 'F')
        return ctx._done(_fix(0, self._int, self._exp, ctx))

    # -- comparisons

    def __eq__(self, other):
        pair = _comparable(self, other, False)
        if pair is None:
            if isinstance(other, complex) and other.imag == 0:
                return self == other.real
            return NotImplemented
        a, b = pair
        if a._exp in ('n', 'N') or b._exp in ('n', 'N'):
            if a._exp == 'N' or b._exp == 'N':
                ctx = getcontext()
                ctx._status |= _INVALID_OPERATION
                ctx._done(None)
            return False
        return _compare_finite(a, b) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        return _order(self, other, lambda c: c < 0)

    def __le__(self, other):
        return _order(self, other, lambda c: c <= 0)

    def __gt__(self, other):
        return _order(self, other, lambda c: c > 0)

    def __ge__(self, other):
        return _order(self, other, lambda c: c >= 0)

    def __hash__(self):
        return _hash(self)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN when either is a NaN."""
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        nan = _nans(self, b, ctx) if (isinstance(self._exp, str)
                                      or isinstance(b._exp, str)) else None
        if nan is not None:
            return ctx._done(nan)
        return _from_int(_compare_finite(self, b))

    def compare_signal(self, other, context=None):
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if self._exp in ('n', 'N') or b._exp in ('n', 'N'):
            ctx._status |= _INVALID_OPERATION
            return ctx._done(_nans(self, b, ctx) or _NAN)
        return _from_int(_compare_finite(self, b))

    def _total_key(self):
        # A key ordering Decimals by the total order of the specification.
        if self._exp == 'n':
            rank = (3, self._int)
        elif self._exp == 'N':
            rank = (2, self._int)
        elif self._exp == 'F':
            rank = (1, 0)
        else:
            rank = (0, 0)
        return rank

    def compare_total(self, other, context=None):
        """Compares by the total order: also NaNs, signs and exponents."""
        b = _convert_arg(other)
        if self._sign != b._sign:
            return _from_int(-1 if self._sign else 1)
        flip = -1 if self._sign else 1
        ka, kb = self._total_key(), b._total_key()
        if ka != kb:
            return _from_int(flip if ka > kb else -flip)
        if isinstance(self._exp, str):
            return _from_int(0)
        c = _compare_finite(_new(0, self._int, self._exp), _new(0, b._int, b._exp))
        if c == 0:
            if self._exp == b._exp:
                return _from_int(0)
            c = 1 if self._exp > b._exp else -1
        return _from_int(c * flip)

    def compare_total_mag(self, other, context=None):
        b = _convert_arg(other)
        return self.copy_abs().compare_total(b.copy_abs())

    def max(self, other, context=None):
        """The larger of the two (a quiet NaN loses to a number)."""
        return self._pick(other, context, _compare_finite, 1)

    def min(self, other, context=None):
        """The smaller of the two (a quiet NaN loses to a number)."""
        return self._pick(other, context, _compare_finite, -1)

    def max_mag(self, other, context=None):
        return self._pick(other, context, _compare_magnitude, 1)

    def min_mag(self, other, context=None):
        return self._pick(other, context, _compare_magnitude, -1)

    def _pick(self, other, context, compare, want):
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if self._exp in ('n', 'N') or b._exp in ('n', 'N'):
            if self._exp == 'N' or b._exp == 'N':
                return ctx._done(_nans(self, b, ctx))
            if self._exp == 'n' and b._exp == 'n':
                return ctx._done(_fix_nan(self, ctx))
            pick = b if self._exp == 'n' else self
            return ctx._done(pick if pick._exp == 'F' else _fix(pick._sign, pick._int, pick._exp, ctx))
        c = compare(self, b)
        if c == 0:
            # Equal values: the sign, then the exponent decides.
            c = _compare_total_sign_exp(self, b)
        pick = self if c == want or c == 0 else b
        if pick._exp == 'F':
            return pick
        return ctx._done(_fix(pick._sign, pick._int, pick._exp, ctx))

    # -- predicates

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_zero(self):
        return not isinstance(self._exp, str) and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if isinstance(self._exp, str) or not self._int:
            return False
        ctx = getcontext() if context is None else context
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        if isinstance(self._exp, str) or not self._int:
            return False
        ctx = getcontext() if context is None else context
        return self.adjusted() < ctx._Emin

    def _is_integral(self):
        if isinstance(self._exp, str):
            return False
        if self._exp >= 0 or not self._int:
            return True
        return self._int % 10 ** -self._exp == 0

    def number_class(self, context=None):
        """One of '+Normal', '-Zero', 'NaN', '+Infinity' ..."""
        sign = '-' if self._sign else '+'
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- the parts

    def adjusted(self):
        """The exponent of the most significant digit."""
        if isinstance(self._exp, str):
            return 0
        return self._exp + _ndigits(self._int) - 1

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp)

    def copy_sign(self, other, context=None):
        b = _convert_arg(other)
        return _new(b._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        """True when both have the same exponent (or are both NaN or both
        infinite)."""
        b = _convert_arg(other)
        if isinstance(self._exp, str) or isinstance(b._exp, str):
            return (self._exp in ('n', 'N') and b._exp in ('n', 'N')) or (
                self._exp == 'F' and b._exp == 'F')
        return self._exp == b._exp

    def logb(self, context=None):
        ctx = getcontext() if context is None else context
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return _new(0, 0, 'F')
        if not self._int:
            ctx._status |= _DIVISION_BY_ZERO
            return ctx._done(_new(1, 0, 'F'))
        adjusted = self.adjusted()
        return ctx._done(_fix(1 if adjusted < 0 else 0, abs(adjusted), 0, ctx))

    def scaleb(self, other, context=None):
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if isinstance(self._exp, str) or isinstance(b._exp, str):
            nan = _nans(self, b, ctx)
            if nan is not None:
                return ctx._done(nan)
        if b._exp != 0 or b._exp == 'F' or not b._is_integral():
            return ctx._done(_invalid(ctx))
        if self._exp == 'F':
            return self
        return ctx._done(_fix(self._sign, self._int, self._exp + int(b), ctx))

    # -- rounding to an exponent

    def quantize(self, exp, rounding=None, context=None):
        """This value rounded (or padded) to the exponent of exp."""
        ctx = getcontext() if context is None else context
        e = _convert_arg(exp)
        if rounding is None:
            rounding = ctx._rounding
        if isinstance(self._exp, str) or isinstance(e._exp, str):
            nan = _nans(self, e, ctx)
            if nan is not None:
                return ctx._done(nan)
            if self._exp == 'F' and e._exp == 'F':
                return self
            return ctx._done(_invalid(ctx))
        target = e._exp
        if not ctx.Etiny() <= target <= ctx._Emax:
            return ctx._done(_invalid(ctx))
        if not self._int:
            return ctx._done(_new(self._sign, 0, target))
        if self.adjusted() > ctx._Emax:
            return ctx._done(_invalid(ctx))
        coef, inexact = _round_off(self._sign, self._int, target - self._exp, rounding)
        if coef and _ndigits(coef) > ctx._prec:
            return ctx._done(_invalid(ctx))
        if target > self._exp:
            ctx._status |= _ROUNDED
            if inexact:
                ctx._status |= _INEXACT
        result = _new(self._sign, coef, target)
        if coef and result.adjusted() < ctx._Emin:
            ctx._status |= _SUBNORMAL
            if inexact:
                ctx._status |= _UNDERFLOW
        return ctx._done(result)

    def _to_integral(self, rounding, ctx, exact):
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return self
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx._rounding
        if not self._int:
            return _new(self._sign, 0, 0)
        coef, inexact = _round_off(self._sign, self._int, -self._exp, rounding)
        if exact:
            ctx._status |= _ROUNDED
            if inexact:
                ctx._status |= _INEXACT
        return ctx._done(_new(self._sign, coef, 0))

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0), without signaling."""
        ctx = getcontext() if context is None else context
        return self._to_integral(rounding, ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounded to an integer, signaling Inexact and Rounded."""
        ctx = getcontext() if context is None else context
        return self._to_integral(rounding, ctx, True)

    def normalize(self, context=None):
        """Rounded to the context, with its trailing zeros stripped."""
        ctx = getcontext() if context is None else context
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            return self
        d = _fix(self._sign, self._int, self._exp, ctx)
        if isinstance(d._exp, str):
            return ctx._done(d)
        if not d._int:
            return ctx._done(_new(d._sign, 0, 0))
        coef, exp = d._int, d._exp
        limit = ctx.Etop() if ctx._clamp else ctx._Emax
        while coef % 10 == 0 and exp < limit:
            coef //= 10
            exp += 1
        return ctx._done(_new(d._sign, coef, exp))

    def __round__(self, n=None):
        if n is None:
            if isinstance(self._exp, str):
                self._check_convertible('integer')
            ctx = getcontext()
            return int(self._to_integral(ROUND_HALF_EVEN, ctx, True))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __floor__(self):
        if isinstance(self._exp, str):
            self._check_convertible('integer')
        return int(self._to_integral(ROUND_FLOOR, getcontext(), False))

    def __ceil__(self):
        if isinstance(self._exp, str):
            self._check_convertible('integer')
        return int(self._to_integral(ROUND_CEILING, getcontext(), False))

    # -- functions

    def sqrt(self, context=None):
        """The square root, correctly rounded."""
        ctx = getcontext() if context is None else context
        return ctx._done(_sqrt(self, ctx))

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        ctx = getcontext() if context is None else context
        return ctx._done(_exp(self, ctx))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        ctx = getcontext() if context is None else context
        return ctx._done(_ln(self, ctx))

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded."""
        ctx = getcontext() if context is None else context
        return ctx._done(_log10(self, ctx))

    def fma(self, other, third, context=None):
        """self * other + third, with a single rounding."""
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        c = _convert_arg(third)
        if isinstance(self._exp, str) or isinstance(b._exp, str):
            product = _multiply(self, b, ctx)
            if product._exp in ('n', 'N'):
                return ctx._done(product)
        else:
            product = _new(self._sign ^ b._sign, self._int * b._int,
                           self._exp + b._exp)
        return ctx._done(_add(product, c, ctx))

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other."""
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if isinstance(self._exp, str) or isinstance(b._exp, str):
            nan = _nans(self, b, ctx)
            if nan is not None:
                return ctx._done(nan)
            if self._exp == 'F':
                return ctx._done(_invalid(ctx))
            return ctx._done(_fix(self._sign, self._int, self._exp, ctx))
        if not b._int:
            return ctx._done(_invalid(ctx, _DIVISION_UNDEFINED if not self._int
                                      else _INVALID_OPERATION))
        exp = min(self._exp, b._exp)
        x = self._int * 10 ** (self._exp - exp)
        y = b._int * 10 ** (b._exp - exp)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            r -= y
            q += 1
        if q and _ndigits(q) > ctx._prec:
            return ctx._done(_invalid(ctx, _DIVISION_IMPOSSIBLE))
        sign = self._sign
        if r < 0:
            sign ^= 1
            r = -r
        return ctx._done(_fix(sign, r, exp, ctx))

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        ctx = getcontext() if context is None else context
        return self._next(ctx, ROUND_CEILING, 1)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        ctx = getcontext() if context is None else context
        return self._next(ctx, ROUND_FLOOR, -1)

    def _next(self, ctx, rounding, direction):
        if isinstance(self._exp, str):
            nan = _nans(self, None, ctx)
            if nan is not None:
                return ctx._done(nan)
            if (self._sign == 0) == (direction > 0):
                return self
            return _new(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
        work = _scratch(ctx, rounding)
        tiny = _new(0 if direction > 0 else 1, 1, ctx.Etiny() - 1)
        return _add(self, tiny, work)

    def next_toward(self, other, context=None):
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if self._exp in ('n', 'N') or b._exp in ('n', 'N'):
            return ctx._done(_nans(self, b, ctx))
        c = _compare_finite(self, b)
        if c == 0:
            return self.copy_sign(b)
        result = self.next_plus(ctx) if c < 0 else self.next_minus(ctx)
        if result._exp == 'F':
            ctx._status |= _OVERFLOW | _INEXACT | _ROUNDED
        elif result.adjusted() < ctx._Emin:
            ctx._status |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not result._int:
                ctx._status |= _CLAMPED
        return ctx._done(result)

    # -- digit-wise operations (on coefficients of 0s and 1s)

    def _logical(self, other, context, bit):
        ctx = getcontext() if context is None else context
        x = _logical_digits(self, ctx)
        y = _logical_digits(_convert_arg(other), ctx)
        if x is None or y is None:
            return ctx._done(_invalid(ctx))
        return _new(0, int(''.join(bit(p, q) for p, q in zip(x, y))), 0)

    def logical_and(self, other, context=None):
        """The digit-wise and of two numbers made of the digits 0 and 1."""
        return self._logical(other, context, lambda p, q: '1' if p == q == '1' else '0')

    def logical_or(self, other, context=None):
        """The digit-wise or of two numbers made of the digits 0 and 1."""
        return self._logical(other, context, lambda p, q: '1' if '1' in (p, q) else '0')

    def logical_xor(self, other, context=None):
        """The digit-wise exclusive or of two numbers made of 0s and 1s."""
        return self._logical(other, context, lambda p, q: '1' if p != q else '0')

    def logical_invert(self, context=None):
        """Each of the precision's digits inverted (0 for 1, 1 for 0)."""
        return self._logical(_new(0, 0, 0), context, lambda p, q: '1' if p == '0' else '0')

    def _digit_move(self, other, context, move):
        ctx = getcontext() if context is None else context
        b = _convert_arg(other)
        if self._exp in ('n', 'N') or b._exp in ('n', 'N'):
            return ctx._done(_nans(self, b, ctx))
        prec = ctx._prec
        if b._exp != 0 or not -prec <= int(b) <= prec:
            return ctx._done(_invalid(ctx))
        if self._exp == 'F':
            return self
        digits = str(self._int).rjust(prec, '0')[-prec:]
        return _new(self._sign, int(move(digits, int(b), prec) or '0'), self._exp)

    def rotate(self, other, context=None):
        """The coefficient's digits (to the precision) rotated left by
        other places (right when negative)."""
        def move(digits, n, prec):
            n %= prec
            return digits[n:] + digits[:n]

        return self._digit_move(other, context, move)

    def shift(self, other, context=None):
        """The coefficient's digits shifted left by other places (right
        when negative), zeros coming in, kept to the precision."""
        def move(digits, n, prec):
            if n >= 0:
                return (digits + '0' * n)[-prec:]
            return ('0' * -n + digits)[:prec]

        return self._digit_move(other, context, move)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _logical_digits(d, context):
    # The prec digits of a logical operand (a positive integer of 0s and
    # 1s, exponent 0), or None when d is not one.
    if isinstance(d._exp, str) or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    if digits.strip('01'):
        return None
    # A longer operand keeps its last prec digits.
    return digits.rjust(context._prec, '0')[-context._prec:]


def _compare_total_sign_exp(a, b):
    # For equal values: a positive beats a negative zero, then the larger
    # exponent wins among positives (the smaller among negatives).
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    bigger = 1 if a._exp > b._exp else -1
    return -bigger if a._sign else bigger


# CPython's messages name these types, written in C there, with their module.
_ctype.set_name(Decimal, 'decimal.Decimal')
_ctype.set_name(Context, 'decimal.Context')

_NAN = _new(0, 0, 'n')
_ONE = _new(0, 1, 0)
