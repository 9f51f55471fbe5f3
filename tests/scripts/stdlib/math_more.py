# math: the integer functions, exact sums, float decomposition, hyperbolics.
import math
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4), math.comb(100, 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7.5, 2), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 3))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0), math.frexp(-1e-310), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print(math.modf(3.75), math.modf(-2.5), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308))
print(math.cosh(1), math.sinh(1), math.tanh(0.5), math.acosh(2), math.asinh(1), math.atanh(0.5), round(math.cbrt(27), 12), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.fmod(1, 0), lambda: math.comb(1.5, 1), lambda: math.ldexp(1, 1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.ldexp(1, 2000)
except OverflowError as e:
    print("OverflowError", e)
