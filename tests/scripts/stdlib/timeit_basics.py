# timeit: timing strings of code and callables, with setup and globals.
import timeit
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
r = timeit.repeat("y = [i * i for i in range(5)]", setup="import math", repeat=3, number=50)
print(len(r), all(v >= 0 for v in r))
counter = []
print(timeit.timeit(lambda: counter.append(1), number=7) >= 0, len(counter))
tm = timeit.Timer("z = a + 1", setup="a = 5")
print(tm.timeit(10) >= 0)
g = {"data": [3, 1, 2]}
print(timeit.timeit("sorted(data)", number=5, globals=g) >= 0)
for bad in [lambda: timeit.timeit("x ="), lambda: timeit.Timer(5)]:
    try:
        bad()
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
