# Garbage cycles are collected on their own while a program makes tuples
# (CPython counts every tuple toward a young collection): closures whose
# caches are keyed by tuples, dropped one after another, do not pile up.
import gc
import weakref


class Marker:
    pass


refs = []


def solve(n):
    cache = {}
    marker = Marker()

    def go(i, j):  # refers to itself through its cell: a cycle
        key = (i, j)
        if key not in cache:
            cache[key] = marker if i == 0 else go(i - 1, j)
        return cache[key]

    for j in range(n):
        go(3, j)
    refs.append(weakref.ref(marker))
    return len(cache)


total = 0
for _ in range(60):
    total += solve(40)
dead = sum(r() is None for r in refs)
print(total, dead >= 30, gc.isenabled())
gc.collect()
print(sum(r() is None for r in refs))
