"""Basic statistics of numeric data, with CPython's results: sums are kept
exact (as Fractions) and converted back to the data's type at the end."""

import math
import sys
from collections import namedtuple
from fractions import Fraction

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    # (numerator, denominator) of x exactly; (x, None) for inf and nan.
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _coerce(T, S):
    # The type of a result mixing types T and S.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    # (type, exact total, count) of the data.
    count = 0
    T = int
    partials = {}
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return (T, total, count)


def _ss(data, c=None):
    # (type, sum of squared deviations, mean, count), exactly.
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    T = int
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        if d is None:
            sxx_partials[d] = sxx_partials.get(d, 0) + n
        else:
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sx_partials.items())
        sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (T, ssd, c, count)


def _convert(value, T):
    # The exact value as type T (a float when T is int but value is not).
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if _is_decimal_type(T):
        # Decimal(Fraction) is refused: the quotient, rounded once.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _is_decimal_type(T):
    decimal = sys.modules.get('decimal')
    return decimal is not None and issubclass(T, decimal.Decimal)


def _decimal_sqrt_of_frac(n, m):
    # The square root of n/m as a Decimal of the current context, rounded
    # once from the exact value.
    from decimal import Decimal, getcontext
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    digits = getcontext().prec + 2
    # scaled = n/m * 100**k with an integer square root of enough digits.
    k = max(0, digits + (len(str(m)) - len(str(n))) // 2 + 2)
    scaled = n * 100 ** k
    r = math.isqrt(scaled // m)
    if r * r * m == scaled:
        # An exact root: Decimal's own sqrt gives it with its exponent.
        return (Decimal(n) / Decimal(m)).sqrt()
    coefficient = r * 10 + 1
    return +Decimal((0, tuple(int(c) for c in str(coefficient)), -k - 1))


def _fsum(values):
    # The correctly rounded float sum of values.
    total = Fraction(0)
    special = None
    for x in values:
        x = float(x)
        if math.isfinite(x):
            if special is None:
                total += Fraction(*x.as_integer_ratio())
        elif special is None:
            special = x
        elif math.isnan(x) or math.isnan(special):
            special = math.nan
        elif x != special:
            raise ValueError('-inf + inf in fsum')
    if special is not None:
        return special
    return float(total)


def _integer_sqrt_of_frac_rto(n, m):
    # The square root of n/m, truncated, with its last bit set if inexact.
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # The square root of n/m as a correctly rounded float.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    data = list(data)
    n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Return the most common data point (the first one seen on a tie)."""
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = _counts(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data, optionally weighted."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    try:
        interval = float(interval)
        x = float(data[n // 2])
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    i = lo
    hi = n
    while lo < hi:
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    j = lo
    return L + interval * (n / 2 - i) / (j - i)


def covariance(x, y, /):
    """Return the sample covariance of two inputs x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient for two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression by ordinary least squares."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
