# Assignment expressions.
if (n := 10) > 5:
    print('n is', n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print('loop', i)
print((a := 3) + a)
values = [v := 1, v + 1, v + 2]
print(values, v)
def f():
    if (m := 42):
        return m
    return 0
print(f())
print([last := k for k in range(3)], last)
total = 0
print(any((total := total + k) > 5 for k in range(10)), total)
