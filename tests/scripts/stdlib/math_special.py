# erf and erfc to the last digit; gamma and lgamma exactly where the value is
# an integer, close to CPython's elsewhere; their domain and range errors.
import math

for x in [i / 4 for i in range(-24, 25)] + [1e-300, -1e-10, 6.5, 27.0, -27.0]:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
print(math.isnan(math.erf(math.nan)), math.isnan(math.erfc(math.nan)))

for n in range(1, 24):
    print(n, math.gamma(n), math.factorial(n - 1) == math.gamma(n), math.lgamma(n) == math.log(math.factorial(n - 1)) or math.isclose(math.lgamma(n), math.log(math.factorial(n - 1)), rel_tol=1e-15))

# Half-integers: gamma(n + 1/2) = (2n)! / (4**n n!) * sqrt(pi).
for n in range(0, 12):
    exact = math.factorial(2 * n) / (4 ** n * math.factorial(n)) * math.sqrt(math.pi)
    print(n + 0.5, math.isclose(math.gamma(n + 0.5), exact, rel_tol=1e-14),
          math.isclose(math.lgamma(n + 0.5), math.log(exact), rel_tol=1e-14, abs_tol=1e-15))
print(math.isclose(math.gamma(-0.5), -2 * math.sqrt(math.pi)), math.lgamma(1.0), math.lgamma(2.0))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.isnan(math.gamma(math.nan)))
print(math.gamma(1e-300) > 1e299, math.gamma(-1.5) > 0, math.gamma(-2.5) < 0)

for f, x in [(math.gamma, 0.0), (math.gamma, -1.0), (math.gamma, -2.0), (math.gamma, -math.inf),
             (math.gamma, 172.0), (math.gamma, 1e10), (math.lgamma, 0.0), (math.lgamma, -3.0),
             (math.lgamma, 1e306), (math.erf, "1"), (math.gamma, None)]:
    try:
        print(f.__name__, x, f(x))
    except Exception as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.lgamma(1e300) > 1e300)
