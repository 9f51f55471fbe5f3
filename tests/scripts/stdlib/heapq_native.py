# The native _heapq: comparisons that run Python code (and change or
# empty the heap), list subclasses, the max-heap variants, CPython's
# argument errors, and module functions naming their module.
import heapq
import math
import gc
import _heapq

# Dijkstra-shaped pairs: the int decides, then the second item does.
heap = []
for pair in [(5, "e"), (1, "b"), (1, "a"), (3, (2, 1)), (3, (1, 9)), (2.5, "x"), (True, "t")]:
    heapq.heappush(heap, pair)
print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])

# Ties on every int fall through to length.
heap = [(1, 2, 3), (1, 2), (1, 2, 3, 0), (1,)]
heapq.heapify(heap)
print(heap, heapq.heappop(heap))

# Big ints, floats, nan, strings.
heap = [10**30, -10**25, 3.5, 2, float("inf")]
heapq.heapify(heap)
print(heap)
print([heapq.heappop(heap) for _ in range(5)])


class Task:
    calls = 0

    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        Task.calls += 1
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}:{self.prio}"


tasks = [Task(p, n) for p, n in [(4, "d"), (2, "b"), (9, "z"), (1, "a"), (7, "g"), (3, "c")]]
heapq.heapify(tasks)
print(tasks, Task.calls)
heapq.heappush(tasks, Task(0, "first"))
print(heapq.heappop(tasks), heapq.heapreplace(tasks, Task(5, "e")), heapq.heappushpop(tasks, Task(8, "h")))
print(tasks, Task.calls)


# __lt__ answering with a non-bool: its truth counts.
class Loose:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return [1] if self.v < other.v else []

    def __repr__(self):
        return f"L{self.v}"


h = [Loose(v) for v in [3, 1, 2]]
heapq.heapify(h)
print(h)


# A comparison that raises: the error comes through, the heap keeps its items.
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v

    def __repr__(self):
        return f"B{self.v}"


h = [Bad(v) for v in [1, 5, 8]]
heapq.heapify(h)
try:
    heapq.heappush(h, Bad(13))
except ValueError as e:
    print("ValueError", e, sorted(b.v for b in h))
try:
    heapq.heappush(h, "text")
except TypeError as e:
    print("TypeError", e)
print(len(h))


# Comparisons that change the heap's size: CPython's RuntimeError, no crash.
class Shrinker:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap

    def __lt__(self, other):
        if self.heap:
            self.heap.clear()
        return self.v < other.v


class Grower:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap

    def __lt__(self, other):
        self.heap.append(other)
        return self.v < other.v


for cls in (Shrinker, Grower):
    for op in ("push", "pop", "heapify", "replace", "pushpop"):
        heap = []
        heap.extend(cls(v, heap) for v in [5, 3, 8, 1, 9, 2])
        try:
            if op == "push":
                heapq.heappush(heap, cls(0, heap))
            elif op == "pop":
                heapq.heappop(heap)
            elif op == "heapify":
                heapq.heapify(heap)
            elif op == "replace":
                heapq.heapreplace(heap, cls(4, heap))
            else:
                heapq.heappushpop(heap, cls(7, heap))
            print(cls.__name__, op, "ok", len(heap))
        except (RuntimeError, IndexError) as e:
            print(cls.__name__, op, type(e).__name__, e, len(heap))


# A list subclass is a heap too, and stays its own type.
class History(list):
    pass


hist = History([9, 4, 7, 1])
heapq.heapify(hist)
heapq.heappush(hist, 0)
print(type(hist).__name__, hist, heapq.heappop(hist), hist)

# The max-heap variants.
mx = [3, 9, 1, 7, 5, 8]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 6), mx)
print(heapq.nlargest(3, [4, 1, 8, 3, 9]), heapq.nsmallest(2, [4, 1, 8, 3, 9]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))

# The private Python sifts still work on a list.
h = [1, 3, 2, 0]
heapq._siftdown(h, 0, 3)
print(h)
h = [9, 1, 2, 3, 4]
heapq._siftup(h, 0)
print(h)

# A large heap sorts like sorted().
import random
rng = random.Random(7)
data = [rng.randrange(1000) for _ in range(5000)]
h = []
for x in data:
    heapq.heappush(h, (x, -x))
out = [heapq.heappop(h)[0] for _ in range(len(h))]
print(out == sorted(data), len(out))
data2 = data[:]
heapq.heapify(data2)
print(all(data2[i] <= data2[c] for i in range(len(data2)) for c in (2 * i + 1, 2 * i + 2) if c < len(data2)))

# Argument errors, as CPython words them.
calls = [
    "heapq.heappush(())", "heapq.heappush((), 1)", "heapq.heappush([], 1, 2)",
    "heapq.heappush(heap=[], item=1)", "heapq.heappop(())", "heapq.heappop([])",
    "heapq.heappop()", "heapq.heappop([], 1)", "heapq.heapify(1)", "heapq.heapify()",
    "heapq.heapreplace([], 1)", "heapq.heapreplace([1])", "heapq.heappushpop((), 1)",
    "heapq._heappop_max([])", "heapq._heapify_max(1)", "heapq._heapreplace_max(1, 2)",
    "heapq.heappush(None, 1)", "math.sqrt(x=4)", "math.sqrt()", "gc.is_tracked(obj=1)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)

print(heapq.heappush, heapq.heappop.__name__, heapq.heappop.__qualname__)
print(heapq.heappush.__module__, math.sqrt.__module__, len.__module__, gc.collect.__module__)
print(heapq.heappush is _heapq.heappush, sorted(n for n in dir(_heapq) if not n.startswith("__")))
h = [9, 5, 7, 1, 8]
heapq._siftdown_max(h, 0, 4)
print(h)
h = [0, 9, 8, 7, 6]
heapq._siftup_max(h, 0)
print(h)
