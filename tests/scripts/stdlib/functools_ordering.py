# total_ordering and cmp_to_key.
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b))
print(Version.__gt__.__name__, "__le__" in Version.__dict__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


x, y = Desc(1), Desc(2)
print(x < y, x <= y, x >= y, y >= x, x <= Desc(1))


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Both(1) < Both(2), Both(2) > Both(1), Both(1) > Both(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda p, q: q - p)))
K = cmp_to_key(lambda p, q: p - q)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1).obj)
print(min([5, 3, 8], key=cmp_to_key(lambda p, q: p - q)))
try:
    K(1) < 2
except TypeError as e:
    print("TypeError", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
