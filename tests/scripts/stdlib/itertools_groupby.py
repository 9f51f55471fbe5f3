# groupby: runs of equal keys; a group is used up when the groupby moves on.
from itertools import groupby

print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
for key, group in groupby([1, 3, 5, 2, 4, 7], lambda n: n % 2):
    print(key, list(group))

groups = list(groupby("AABBBC"))
print([(k, list(g)) for k, g in groups])

it = groupby("AABBC")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g2), list(g1))
print(list(groupby([])))
data = sorted([("b", 2), ("a", 1), ("b", 1), ("a", 3)], key=lambda p: p[0])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda p: p[0])})
try:
    groupby(3)
except TypeError as e:
    print("TypeError", e)
it = groupby([1, 1, 2, 3, 3, 3, 4], key=lambda n: n % 2)
key, first = next(it)
print(key, next(first))
print([(k, list(g)) for k, g in it], list(first))
letters = groupby("aAbBBc", key=str.lower)
print([(k, "".join(g)) for k, g in letters])
