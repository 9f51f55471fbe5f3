import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4, 5]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1, 2, 3, 4, 5]), st.pstdev([1, 2, 3, 4, 5]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(repr(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)])), repr(st.pvariance([Fraction(1, 4), Fraction(5, 4)])))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], 2), st.stdev([1, 2, 3], 2), st.pstdev([1, 2, 3], mu=1))
print(st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([10**20, 10**20 + 2]))
print(st.pvariance([5]), st.pstdev([5]), st.variance([3, 3, 3]), st.stdev([7, 7]))
for seed in range(5):
    import random
    random.seed(seed)
    xs = [random.gauss(10, 3) for _ in range(50)]
    print(st.mean(xs), st.fmean(xs), st.median(xs), st.variance(xs), st.stdev(xs), st.pstdev(xs))
    ys = [random.randint(1, 100) for _ in range(21)]
    print(st.mean(ys), st.variance(ys), st.pvariance(ys), st.stdev(ys), st.quantiles(ys))
