# Slots against dicts for many instances: memory and speed.
#
# The lesson: when a program keeps many small objects (data records, events,
# graph nodes, cache entries), declaring __slots__ makes each one smaller (a
# fixed array of values, no per-instance attribute table) and attribute
# access at least as fast. Each kind below exists twice, slotted and
# dict-backed; the script makes N of each, measures them with sizeof (bytes
# in pyslot) and times making and reading them with a clock.
# Usage: pyslot examples/slots_vs_dict.py [N]
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


class Record:
    __slots__ = ("id", "name", "score")

    def __init__(self, id, name, score):
        self.id, self.name, self.score = id, name, score


class RecordD:
    def __init__(self, id, name, score):
        self.id, self.name, self.score = id, name, score


class Event:
    __slots__ = ("time", "kind", "payload")

    def __init__(self, time, kind, payload):
        self.time, self.kind, self.payload = time, kind, payload


class EventD:
    def __init__(self, time, kind, payload):
        self.time, self.kind, self.payload = time, kind, payload


class Node:
    __slots__ = ("id", "edges")

    def __init__(self, id):
        self.id = id
        self.edges = None


class NodeD:
    def __init__(self, id):
        self.id = id
        self.edges = None


class Entry:
    __slots__ = ("key", "value", "expires")

    def __init__(self, key, value, expires):
        self.key, self.value, self.expires = key, value, expires


class EntryD:
    def __init__(self, key, value, expires):
        self.key, self.value, self.expires = key, value, expires


def make(kind, n):
    if kind in (Record, RecordD):
        return [kind(i, str(i), i * 0.5) for i in range(n)]
    if kind in (Event, EventD):
        return [kind(i * 0.001, 1, i) for i in range(n)]
    if kind in (Node, NodeD):
        return [kind(i) for i in range(n)]
    return [kind(i, i * 2, i + 60) for i in range(n)]


print(f"{N} instances of each kind; bytes are pyslot's own (sizeof)")
print(f"{'kind':<8} {'slotted':>8} {'dict':>6} {'saved':>6}   all {N}, deep: slotted vs dict")
for slotted, plain in [(Record, RecordD), (Event, EventD), (Node, NodeD), (Entry, EntryD)]:
    a = make(slotted, N)
    b = make(plain, N)
    one_a, one_b = sizeof(a[0]), sizeof(b[0])
    deep_a, deep_b = sizeof(a, deep=True), sizeof(b, deep=True)
    saved = 100 - 100 * one_a // one_b
    print(f"{slotted.__name__:<8} {one_a:>8} {one_b:>6} {saved:>5}%   {deep_a:>10} vs {deep_b:>10}")
    del a, b

# Speed: make N records and read a field of each, timed from inside.
for kind in (Record, RecordD):
    start = time.perf_counter()
    items = make(kind, N)
    made = time.perf_counter()
    total = 0
    for r in items:
        total += r.id
    done = time.perf_counter()
    print(f"{kind.__name__:<8} make: {made - start:.3f} s   read: {done - made:.3f} s   (sum of ids {total})")
