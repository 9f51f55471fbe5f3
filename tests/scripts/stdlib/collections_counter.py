# collections.Counter: counting, most_common, elements, arithmetic,
# comparisons and reprs ordered by count.
from collections import Counter


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(list(c.elements()), sorted(c.elements()))
print(Counter(), Counter({"x": 2, "y": 5}), Counter(x=1, y=2), Counter(["b", "a", "b"]))
print(Counter(b=2, a=2, c=3).most_common(), Counter("zyx").most_common(2))

words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], list(wc), list(wc.keys()), list(wc.values()))

c.update("zz")
c.update({"a": -10})
c.update(q=3)
c.subtract(b=5)
c.subtract("r")
c.subtract({"q": 1})
print(c, c.total())
print(list(c.elements()))
print(+c, -c)

a = Counter(a=3, b=1, d=-1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, b - a, a | b, a & b)
a2 = Counter(a=2)
a2 += Counter(a=1, b=-1)
print(a2)
a2 -= Counter(a=5)
print(a2)
a2 |= Counter(z=1, y=0)
print(a2)
a2 &= Counter(z=3)
print(a2)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
print(Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=2))

d = Counter(a=1)
del d["a"]
del d["never"]
print(d, repr(Counter(a=1.5, b=2)), Counter(a="x", b=1))
print(type(Counter("ab").copy()).__name__, Counter("ab").copy(), dict(Counter("ab")))
print(isinstance(c, dict), sorted(Counter("hello").items()))

# Counter from a Counter and from a dict, and counts of words with setdefault.
print(Counter(Counter("aab")), Counter({"k": 0}), Counter("").most_common())


class Tally(Counter):
    pass


t = Tally("xxy")
print(t, t.copy(), type(t + t).__name__, t + t)

attempt(lambda: Counter(1))
attempt(lambda: Counter("a", "b"))
attempt(lambda: Counter("a") + 1)
attempt(lambda: Counter.fromkeys("abc"))
attempt(lambda: Counter(a=1).update(1))
attempt(lambda: Counter("a") < {"a": 2})
