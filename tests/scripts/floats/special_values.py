# inf, nan and negative zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(repr(inf), repr(nan))
print(float('-inf'), float('Infinity'), float('-NaN'), float('INF'))
print(inf + 1, inf * -1, inf - inf)
print(inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf * 0)
print(1 / inf, -1 / inf)
print(-0.0, 0.0 == -0.0, str(-0.0))
print(0.0 * -1)
print(abs(-0.0))
print(1e308 * 10)
print(-1e308 * 10)
print(max(1.0, inf), min(-inf, 0.0))
print(int(1e18))
try:
    int(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError:', e)
print(inf / 2, nan + 1, -inf * -inf)
