# Sets made and dropped in every state: empty, full, after removals (dummy
# slots), after growing, cleared, popped; what they held is released once,
# and `weakref`/`__del__` see each object go exactly when CPython does.
import gc


class Tracked:
    alive = 0

    def __init__(self, n):
        self.n = n
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Tracked) and other.n == self.n


def fill(k):
    return {Tracked(i) for i in range(k)}


for k in (0, 1, 3, 5, 6, 40, 1000):
    s = fill(k)
    print(k, len(s), Tracked.alive)
    del s
    print("after del", Tracked.alive)

s = fill(20)
for t in list(s)[:15]:
    s.discard(t)
print("after discards", len(s), Tracked.alive)
s.add(Tracked(500))
print("re-add", len(s), Tracked.alive)
del s, t
print("dropped with dummies", Tracked.alive)

s = fill(10)
while s:
    s.pop()
print("popped empty", Tracked.alive)
s.update(fill(4))
print("refilled", len(s), Tracked.alive)
s.clear()
print("cleared", Tracked.alive)

# a set kept alive by a cycle through an instance is freed by the collector
holder = Tracked(-1)
holder.members = {holder, Tracked(-2)}
print("cycle", Tracked.alive)
del holder
gc.collect()
print("collected", Tracked.alive)

# copies, set algebra and frozensets drop their own references
a = fill(8)
b = set(a)
c = a | {Tracked(99)}
d = frozenset(a) - {Tracked(3)}
print(len(a), len(b), len(c), len(d), Tracked.alive)
del a, b, c, d
print("all gone", Tracked.alive)

# a set rebuilt many times in a loop, as a solver does per step
total = 0
for step in range(2000):
    taken = set()
    for v in range(step % 9):
        taken.add(v * 7 % 9)
    total += len(taken)
print(total)
