import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r(), weakref.getweakrefcount(a))
def cb(ref): print("callback", ref is r2, ref())
r2 = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), r == r2, hash(r) == hash(a))
del a
print("after del", r(), r2())
print(repr(r).endswith("; dead>"))
class P:
    __slots__ = ("x",)
class Q:
    __slots__ = ("x", "__weakref__")
for obj in (P(), Q(), [], {}, 1, "s", (1,), A, len, lambda: 0):
    try:
        weakref.ref(obj); print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
d = weakref.WeakValueDictionary()
x, y = A(2), A(3)
d["x"] = x; d["y"] = y
print(sorted(d.keys()), len(d))
del x
print(sorted(d.keys()), len(d), "y" in d, "x" in d)
k = weakref.WeakKeyDictionary()
z = A(4); k[z] = "zz"
print(len(k), k[z]); del z; print(len(k))
s = weakref.WeakSet(); w = A(5); s.add(w); print(len(s), w in s); del w; print(len(s))
f_obj = A(6)
f = weakref.finalize(f_obj, print, "finalized", 6)
print(f.alive); del f_obj; print(f.alive)
p_obj = A(7); p = weakref.proxy(p_obj); print(p.n, repr(p_obj)); del p_obj
try: p.n
except ReferenceError as e: print("ReferenceError", e)
class C:
    def m(self): return "m"
c = C(); wm = weakref.WeakMethod(c.m); print(wm()()); del c; print(wm())
e1 = A(8); e2 = A(9); e1.o = e2; e2.o = e1; we = weakref.ref(e1, lambda r: print("cycle member freed"))
del e1, e2
print(gc.collect() >= 2, we())
print(type(r), weakref.ref)
