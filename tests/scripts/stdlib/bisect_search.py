# bisect_left, bisect_right, bisect, insort_*, with lo, hi and key.
import bisect

a = [1, 2, 4, 4, 4, 8, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
print(bisect.bisect_left(a, 4, lo=5, hi=7), bisect.bisect([], 1), bisect.bisect_right(a, 4, 2, 2))
print(bisect.bisect_left(a, 100, 0, 100) if False else "skip")


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)
bisect.insort(b, 0, 0, 0)
print(b)

records = [("ann", 19), ("bob", 25), ("cy", 31), ("di", 31), ("ed", 40)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect_right(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("fay", 31), key=lambda r: r[1])
bisect.insort_left(records, ("gus", 31), key=lambda r: r[1])
print(records)
print(bisect.bisect(records, 20, 1, key=lambda r: r[1]), bisect.bisect_left(records, 50, hi=3, key=lambda r: r[1]))

words = ["apple", "Banana", "cherry"]
print(bisect.bisect(words, "b", key=str.lower))

for call in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.insort(a, 1, -2),
             lambda: bisect.bisect(a, "x"), lambda: bisect.bisect(None, 1),
             lambda: bisect.bisect_right(a, 1, 0, 100)]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
