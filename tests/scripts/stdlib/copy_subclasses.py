# copy of subclasses of set, frozenset, bytearray, complex, float, str and
# tuple; cycles through instance attributes; nested defaultdicts; __init__
# not called again by a copy.
import copy
class S(set): pass
class F(frozenset): pass
class B(bytearray): pass
class C(complex): pass
class Fl(float): pass
class St(str): pass
class T(tuple): pass
for v in [S([1, 2]), F([3]), B(b"ab"), C(1+2j), Fl(1.5), St("hi"), T((1, [2]))]:
    v2 = copy.copy(v); v3 = copy.deepcopy(v)
    print(type(v2).__name__, v2 == v, type(v3).__name__, v3 == v)
s = S([1]); s.tag = "t"
print(copy.copy(s).tag, copy.deepcopy(s).tag)
class P:
    def __init__(self, a): self.a = a
p = P([1]); p.me = p
q = copy.deepcopy(p)
print(q.me is q, q.a == [1], q.a is not p.a)
from collections import defaultdict
nd = defaultdict(lambda: defaultdict(int)); nd['a']['b'] += 1
nd2 = copy.deepcopy(nd); nd2['a']['b'] += 5
print(nd['a']['b'], nd2['a']['b'], nd2['z']['y'])
d = {(1, 2): [3], "f": len, "c": P}
d2 = copy.deepcopy(d)
print(d2, d2[(1, 2)] is d[(1, 2)], d2["c"] is P)
class WithInit:
    def __init__(self, x, y):
        print("init called")
        self.s = x + y
w = copy.deepcopy(WithInit(1, 2)); print(w.s)
import sys
print(copy.deepcopy(sys.maxsize), copy.copy([]) is not copy.copy([]))
