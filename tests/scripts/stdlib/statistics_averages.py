import statistics as st
from fractions import Fraction

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 3.5]), st.mean([0.1, 0.2, 0.3]))
print(repr(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)])), st.mean([1, 2.5, Fraction(1, 2)]))
print(st.mean([True, False, True]), st.mean(range(10)), st.mean(iter([5, 6])), st.mean([10**20, 1]))
print(st.mean([float('inf'), 1]), st.mean([1e308, 1e308]))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1, 0.2, 0.3]), st.fmean(iter([3.5, 4])), st.fmean([1, 2, 3], weights=[3, 1, 1]))
print(st.fmean([1e16, 1.0, -1e16]), st.geometric_mean([54, 24, 36]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median([5.5, 1.5]), st.median(["b", "a", "c"]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([1, 3, 5]), st.median_high([2]))
print(repr(st.median([Fraction(1, 2), Fraction(1, 3)])))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red"]), st.mode("aabbbc"), st.mode([2.5]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.quantiles([1, 2, 3, 4], n=1), st.quantiles(range(1, 11), n=5, method='inclusive'))
