# Every place a condition is tested, with comparisons of every kind of operand.
class Meters:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("Meters.__lt__")
        return self.n < other.n

    def __eq__(self, other):
        return NotImplemented


def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1


print([sign(v) for v in (-3, 0, 7, -0.5, 0.0, 2.5, True, False)])

i, total = 0, 0
while i < 10:
    total += i
    i += 1
print(total)

x = 2.0
while x > 0.1:
    x /= 3
print(round(x, 6))

print([n for n in range(20) if n % 3 == 0 if n > 5])
print(list(n * n for n in range(10) if n != 4))
print("yes" if Meters(1) < Meters(2) else "no")
print("eq" if Meters(1) == Meters(1) else "not eq")
print("big" if 10**20 > 10**19 else "small")
print("a" < "b", "b" < "a" if "x" else None)
print(1 < 2 < 3, 3 > 2 > 2)
if [] or None:
    print("never")
else:
    print("empty and None are false")
n = 5
while n:
    n -= 1
print(n)
assert 2 > 1, "unreachable"
try:
    assert 1 > 2, "one is not above two"
except AssertionError as e:
    print("AssertionError:", e)
