# In-place set operations work in place (their cost is the other set's
# size) and leave the elements in CPython's order; the binary operations
# copy what CPython copies, so their results iterate in its order too.
import random

rng = random.Random(7)
for trial in range(40):
    n = rng.choice([3, 10, 50, 200, 1000])
    m = rng.choice([0, 1, 3, 20, 300])
    a = set(rng.randrange(5 * n) for _ in range(n))
    b = set(rng.randrange(5 * n) for _ in range(m))
    results = [list(a - b), list(a & b), list(a | b), list(a ^ b), list(b - a), list(b ^ a)]
    for op in ("difference_update", "intersection_update", "update", "symmetric_difference_update"):
        c = set(a)
        getattr(c, op)(b)
        results.append(list(c))
    c = set(a); c -= b; results.append(list(c))
    c = set(a); c |= b; results.append(list(c))
    c = set(a); c ^= b; results.append(list(c))
    c = set(a); c &= b; results.append(list(c))
    c = set(a); c -= c; results.append(list(c))
    c = set(a); c ^= c; results.append(list(c))
    c = set(a); c |= c; results.append(len(c) == len(a))
    c = set(a); c.difference_update(list(b), range(3)); results.append(list(c))
    print(trial, hash(str(results)) == hash(str(results)), results if n <= 10 else [len(r) if isinstance(r, list) else r for r in results], sum(hash(tuple(r)) % 1000003 for r in results if isinstance(r, list)))

s = set(range(100_000))
for i in range(2000):
    s.difference_update(())
    s -= set()
    s |= {1}
print(len(s))
strs = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
strs -= {"banana", "fig"}
print(sorted(strs), len(strs))
