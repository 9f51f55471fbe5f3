import statistics as st
from fractions import Fraction

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(st.harmonic_mean, [2.5, 3, 10])
check(st.harmonic_mean, [40, 60], weights=[5, 30])
check(st.harmonic_mean, [1, 2, 4])
check(st.harmonic_mean, [Fraction(1, 2), Fraction(1, 3)])
check(st.harmonic_mean, [5])
check(st.harmonic_mean, [0, 5])
check(st.harmonic_mean, [-1, 5])
check(st.harmonic_mean, [])
check(st.harmonic_mean, [1, 2], weights=[1])
check(st.median_grouped, [52, 52, 53, 54])
check(st.median_grouped, [1, 3, 3, 5, 7])
check(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)
check(st.median_grouped, [7])
check(st.median_grouped, [])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
check(st.covariance, x, y)
check(st.covariance, x, [9, 8, 7, 6, 5, 4, 3, 2, 1])
check(st.correlation, x, x)
check(st.correlation, x, [9, 8, 7, 6, 5, 4, 3, 2, 1])
check(st.correlation, x, y)
check(st.correlation, [1, 1, 1], [1, 2, 3])
check(st.covariance, [1], [2])
check(st.covariance, [1, 2], [2])
check(st.correlation, [1], [2])
r = st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 8.8, 11.1])
print(r, r.slope, r.intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
check(st.linear_regression, [1, 1], [1, 2])
check(st.linear_regression, [1], [1])
check(st.linear_regression, [1, 2], [1])
check(st.median_grouped, [2.5])
check(st.median_grouped, ['a', 'b'])
check(st.median_grouped, [1, 2], interval='x')
check(st.median_grouped, [Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)])
check(st.median_grouped, [1, 2], interval=[1])
check(st.median_grouped, [1.5, 2.5, 2.5, 2.5, 3.5, 3.5], interval=0.5)
