# Set operators on small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b), sorted(b - a))
print(sorted(a ^ b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a >= {1}, a > a, {7} <= a)
print(a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}
c &= {1, 2, 10}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
print(3 in a, 9 in a, 9 not in a)
print(len(a | b), len(a & b), len(set()))
print(a | b == b | a, (a - b) | (a & b) == a)
