# Builtins and library functions over containers that Python code
# changes meanwhile: the container is read afresh, or the change reported.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, t, v): self.t = t; self.v = v
    def __index__(self):
        self.t.clear(); return self.v
    def __hash__(self):
        self.t.clear(); return self.v
    def __add__(self, o):
        self.t.clear(); return self.v + o
    __radd__ = __add__
    def __eq__(self, o):
        self.t.clear(); return False
    def __lt__(self, o):
        self.t.clear(); return True
    def __repr__(self): return 'Idx'
def mk():
    l = []
    l.extend([Idx(l, 1), Idx(l, 2), Idx(l, 3)])
    return l
l = mk(); show(lambda: bytes(l))
l = mk(); show(lambda: bytearray(l))
l = mk(); show(lambda: len(set(l)))
l = mk(); show(lambda: len(frozenset(l)))
l = mk(); show(lambda: len(dict.fromkeys(l)))
l = mk(); show(lambda: sum(l))
l = mk(); show(lambda: tuple(l))
l = mk(); show(lambda: list(l))
l = mk(); show(lambda: sorted(l))
l = mk(); show(lambda: max(l))
l = mk(); show(lambda: '%s' % (l,))
l = mk(); show(lambda: [x for x in l])
l = mk(); show(lambda: list(reversed(l)))
import array
a = array.array('b', [1, 2, 3, 4, 5])
class AI:
    def __index__(self):
        del a[:]; return 2
show(lambda: a[AI():4])
a = array.array('b', [1, 2, 3, 4, 5])
show(lambda: a[AI()])
a = array.array('b', [1, 2, 3, 4, 5])
try:
    a[AI():4] = array.array('b', [9])
except Exception as e: print(type(e).__name__, e)
print(a)
a = array.array('b', [1, 2, 3, 4, 5])
del a[1:AI()]
print(a)
a = array.array('b', [1, 2, 3, 4, 5])
show(lambda: a.pop(AI()))
a = array.array('b', [1, 2, 3, 4, 5])
a.insert(AI(), 7); print(a)
# (array.append and a[i] = v with an __index__ that empties the array
# write into freed memory in CPython 3.11: not compared.)
import heapq
h = []
class HL:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        h.clear(); return self.v < o.v
for i in range(5):
    try:
        heapq.heappush(h, HL(i))
    except Exception as e: print(type(e).__name__, e)
print(len(h))
d = {1: 1, 2: 2}
def k(x):
    d[x + 10] = 0
    return x
show(lambda: max(d, key=k))
s = {1, 2}
def k2(x):
    s.add(x + 10)
    return x
show(lambda: max(s, key=k2))
l = [1, 2, 3]
show(lambda: l.__contains__(Idx(l, 1)))
l = [1, 2, 3]
show(lambda: l.__getitem__(slice(Idx(l, 1), 3)))
l = [1, 2, 3]
show(lambda: (l.__setitem__(slice(Idx(l, 1), 3), [5]), l))
l = [1, 2, 3]
show(lambda: (l.__delitem__(slice(Idx(l, 1), 3)), l))
l = [1, 2, 3]
show(lambda: l.__eq__([Idx(l, 1), 2, 3]))
l = [1, 2, 3]
show(lambda: l.__lt__([Idx(l, 1), 2, 3]))
l = [1, 2, 3]
show(lambda: l.__mul__(Idx(l, 2)))
l = [1, 2, 3]
show(lambda: l.__imul__(Idx(l, 2)))
l = [1, 2, 3]
show(lambda: l.__iadd__(iter([Idx(l, 2)])))
l = [1, 2, 3]
show(lambda: slice(Idx(l, 1), Idx(l, 3)).indices(len(l)))
s = 'abcdef'
show(lambda: s[Idx([], 1):Idx([], 4)])
t = (1, 2, 3, 4)
show(lambda: t[Idx([], 1):Idx([], 4)])
show(lambda: range(10)[Idx([], 1):Idx([], 4)])
