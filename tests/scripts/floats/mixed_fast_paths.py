# Int/float mixes, float powers and float comparisons: the inline fast paths
# must give exactly what the full number tower gives.
print(1 + 0.5, 0.5 + 1, 3 - 0.25, 0.25 - 3, 4 * 0.1, 0.1 * 4, 7 / 2.0, 7.5 / 2)
big = 2**62 + 1
print(big + 0.5, big * 1.0, -big - 0.5, 9007199254740993 + 0.0)
print(2.0 ** 0.5, 2 ** 0.5, 0.5 ** 2, 10.0 ** -2, 2.0 ** 3, 1.0 ** float("nan"))
print(0.5 ** float("-inf"), float("inf") ** 2, 4.0 ** 0.5 == 2.0)
for base, exp in [(2.0, 10000.0), (10.0, 400), (0.0, -1.0), (-8.0, 2.0), (-8.0, 3)]:
    try:
        print(base, exp, base ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(base, exp, type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.5 <= 1.5, 2.5 > 1.5, -0.0 == 0.0)
print(1 < 1.5, 2.0 == 2, 3 >= 3.0, 1.5 != 1)


class P:
    __slots__ = ("x", "n")

    def __init__(self):
        self.x = 1.0
        self.n = 1


p = P()
p.x += 1
p.x *= 2.5
p.x -= 0.5
p.x /= 4
p.x **= 2
p.n += 1
p.n *= 2 ** 62
p.n += 0.5
print(p.x, p.n)
x = 3
x += 0.5
x -= 1
print(x, type(x).__name__)
