import statistics as st

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(issubclass(st.StatisticsError, ValueError))
check(st.mean, [])
check(st.fmean, [])
check(st.median, [])
check(st.median_low, [])
check(st.median_high, [])
check(st.mode, [])
check(st.variance, [1])
check(st.pvariance, [])
check(st.stdev, [1])
check(st.pstdev, [])
check(st.quantiles, [1])
check(st.quantiles, [1, 2], n=0)
check(st.quantiles, [1, 2], method='other')
check(st.fmean, [1, 2], weights=[1])
check(st.fmean, [1, 2], weights=[1, -1])
check(st.geometric_mean, [1, -1])
check(st.geometric_mean, [])
check(st.mean, ['a', 'b'])
try:
    st.mean([])
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
