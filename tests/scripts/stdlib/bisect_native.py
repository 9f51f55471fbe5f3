# The native _bisect: every sequence kind, bounds (hi=-1 meaning the
# length, as in CPython), keys, comparisons that run Python code, a list
# subclass's own insert, and CPython's argument errors.
import bisect
import _bisect

xs = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect.bisect_left(xs, x), bisect.bisect_right(xs, x), bisect.bisect(xs, x))
print(bisect.bisect_left(xs, 2, 2), bisect.bisect_right(xs, 2, 0, 3), bisect.bisect(xs, 2, hi=-1))
print(bisect.bisect(xs, 2, 0, -2), bisect.bisect(xs, 2, lo=5, hi=2), bisect.bisect_left(xs, 2, True))

# Tuples, strings, ranges.
print(bisect.bisect((1, 3, 5), 4), bisect.bisect("acegi", "d"), bisect.bisect_left(range(0, 100, 5), 42))
print(bisect.bisect([(1, "a"), (1, "c"), (2, "a")], (1, "b")))

# Keys: applied to the items, and to x only when inserting.
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
bisect.insort_left(people, ("eve", 25), key=lambda p: p[1])
print(people)

# insort into lists, keeping order; into a list subclass through its insert.
data = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(data, v)
print(data)
left = []
for v in [3.0, 3, 1, 3]:
    bisect.insort_left(left, v)
print(left, [type(v).__name__ for v in left])


class Logged(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)


lg = Logged([1, 3, 5])
bisect.insort(lg, 4)
bisect.insort_left(lg, 0, 0, 2)
print(lg)


# Items with Python comparisons, counted.
class Ver:
    compares = 0

    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        Ver.compares += 1
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vers = [Ver(1, 0), Ver(1, 2), Ver(2, 0), Ver(2, 1), Ver(3, 0)]
print(bisect.bisect(vers, Ver(2, 0)), bisect.bisect_left(vers, Ver(2, 0)), Ver.compares)


# A comparison that shrinks the list: CPython's IndexError, no crash.
class Shrink:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst

    def __lt__(self, other):
        if self.lst:
            del self.lst[:]
        return self.v < other.v


lst = []
lst.extend(Shrink(v, lst) for v in range(10))
try:
    print(bisect.bisect(lst, Shrink(3, lst)))
except IndexError as e:
    print("IndexError", e)


# A sequence with only __getitem__ and __len__.
class Squares:
    def __len__(self):
        return 100

    def __getitem__(self, i):
        return i * i


print(bisect.bisect_left(Squares(), 50), bisect.bisect(Squares(), 49))

# Large: 20000 insertions stay sorted.
big = []
for i in range(20000):
    bisect.insort(big, (i * 7919) % 20011)
print(big == sorted(big), len(big), bisect.bisect_left(big, 10000))

calls = [
    "bisect.bisect([1], 1, -1)", "bisect.bisect([1], 1, 'a')", "bisect.bisect([1], 1, 0, 'a')",
    "bisect.bisect(1, 1)", "bisect.bisect([1, 2], 1, 0, 5)", "bisect.insort((1, 2), 1)",
    "bisect.bisect()", "bisect.bisect([1], 1, key=1)", "bisect.bisect([1], 1, 0, None, None)",
    "bisect.bisect([1], 1, x=1)", "bisect.bisect([1], 1, y=1)", "bisect.bisect([1, 'a'], 2)",
    "bisect.bisect(a=[1, 2], x=2)", "bisect.insort_left(x=0, a=[1])",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)

print(bisect.bisect is bisect.bisect_right, bisect.insort is _bisect.insort_right)
print(bisect.bisect_left, bisect.insort.__module__, bisect.bisect_right.__name__)
