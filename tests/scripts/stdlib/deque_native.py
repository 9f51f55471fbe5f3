# collections.deque as a native type: subclasses and their __init__,
# overridden methods, the iterators, copying and pickling shapes, the
# collector, deep nesting and the argument errors.
import copy
import gc
import weakref
from collections import deque

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# A subclass with its own __init__ signature: deque.__new__ ignores the
# arguments, super().__init__ fills.
class Named(deque):
    def __init__(self, name, items=()):
        super().__init__(items, maxlen=4)
        self.name = name

n = Named("q", range(6))
print(n, n.name, n.maxlen, len(n), type(n).__name__, isinstance(n, deque))
n.append(9)
print(n, n.popleft(), n.__dict__)

class Lazy(deque):
    def __init__(self, *args):
        pass  # never fills

print(Lazy([1, 2, 3]), len(Lazy("abc")), bool(Lazy("x")))

# Overridden special methods are used by len(), bool() and repr().
class Sized(deque):
    def __len__(self):
        return 42

    def __bool__(self):
        return False

    def __repr__(self):
        return "Sized!"

s = Sized([1])
print(len(s), bool(s), repr(s), str(s), s.pop())

# extend() does not call an overridden append().
class Loud(deque):
    def append(self, x):
        print("append", x)
        super().append(x)

l = Loud()
l.append(1)
l.extend([2, 3])
l += [4]
print(l)

# Re-initialising empties, and takes the new bound.
d = deque([1, 2, 3], maxlen=5)
d.__init__("ab")
print(d, d.maxlen)
deque.__init__(d, range(10), 3)
print(d)

# Called through the class.
e = deque()
deque.append(e, 1)
deque.appendleft(e, 0)
print(e, deque.__len__(e), deque.pop(e), deque.__getitem__(e, 0))
attempt(lambda: deque.append(1, 2))
attempt(lambda: deque.__init__(1))

# The iterators.
d = deque("abcd")
it = iter(d)
rit = reversed(d)
print(type(it).__name__, type(rit).__name__, it.__length_hint__(), rit.__length_hint__())
next(it)
next(rit)
next(rit)
print(it.__length_hint__(), rit.__length_hint__(), list(it), list(rit), iter(it) is it)
print(list(zip(d, reversed(d))), list(enumerate(deque([5, 6]))), sorted(deque([3, 1, 2]), reverse=True))

# Shapes for copy and pickle.
print(deque([1, 2]).__reduce__()[:3], deque([1], 3).__reduce__()[:3])
class Tagged(deque):
    pass

t = Tagged("xyz", 5)
t.tag = 1
c = copy.copy(t)
print(c, type(c).__name__, c is t, hasattr(c, "tag"), t.copy(), t.__copy__().maxlen)
attempt(lambda: copy.copy(Named("copy me", "xyz")))
dc = copy.deepcopy(deque([[1], [2]], 3))
print(dc, dc.maxlen)
nested = deque([deque([1]), [2]])
deep = copy.deepcopy(nested)
deep[0].append(0)
print(nested, deep)

# Comparisons with other kinds, a subclass, and hashing.
print(deque([1]) == Named("x", [1]), deque([1, 2]) > deque([1]), deque() == [], deque([1]) != (1,))
attempt(lambda: deque([1]) < [1])
attempt(lambda: hash(deque()))
attempt(lambda: {deque()})
attempt(lambda: [1] * deque())
attempt(lambda: deque([1]) * 2.5)
attempt(lambda: 2.5 * deque([1]))
attempt(lambda: b"ab" * 2.5)
print(deque([1, 2]) * True, deque("ab") * -3, 3 * deque([0], maxlen=2))

# Argument errors.
attempt(lambda: deque([1], iterable=[2]))
attempt(lambda: deque(maxlen=2, iterable=[1], x=1))
attempt(lambda: deque(maxlen=10**30))
attempt(lambda: deque([1, 2, 3], maxlen=True))
attempt(lambda: deque([1]).rotate(10**30))
attempt(lambda: deque([1]).rotate(1.5))
attempt(lambda: deque([1])[10**30])
attempt(lambda: deque([1, 2])[True])
attempt(lambda: deque([1, 2, 3]).index(3, -2))
attempt(lambda: deque([1, 2, 3]).index(3, 0, 10**30))
attempt(lambda: deque([1, 2, 3]).index(1, -10**30))
attempt(lambda: deque([1]).index(1, 0, 1, 2))
attempt(lambda: deque([1]).insert(10**30, 1))
attempt(lambda: deque().count())
attempt(lambda: deque().append())
attempt(lambda: deque([1]).remove(5))
attempt(lambda: deque("ab").__iadd__(5))
attempt(lambda: deque([1]) * 10**30)
attempt(lambda: deque([1], maxlen=2) * 10**30)
attempt(lambda: deque([1, 2, 3]).index(3, 0, 10**30))

# Rotation both ways, on bounded and long deques.
r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-13)
print(r)
r.rotate(10**6 + 1)
print(r[0], r[-1])
big = deque(range(100000))
big.rotate(-99999)
print(big[0], big[1], big[-1])
del big[50000]
big.insert(3, "x")
print(len(big), big[3], big[50000], big.index("x"), big.count(7))

# A deque that refers to itself through an instance is collected.
class Holder(deque):
    pass

h = Holder()
h.append(h)
h.append([h])
ref = weakref.ref(h)
del h
gc.collect()
print("collected", ref() is None)

# A chain of deques deeper than drops may nest on the native stack.
chain = deque()
for _ in range(20000):
    chain = deque([chain])
del chain
print("deep chain dropped")

# Many operations at both ends keep the order right while the ring wraps.
q = deque(maxlen=1000)
total = 0
for i in range(20000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), q[0], q[-1], total, sum(q))

# The type's face: names, module, dir(), builtins that take any iterable.
print(deque.__module__, deque.__name__, deque.__qualname__, repr(deque), type(deque()))
print(sorted(n for n in dir(deque()) if not n.startswith('__')))
print(deque.maxlen.__doc__ if hasattr(deque.maxlen, '__doc__') else None)
print(deque.__doc__.splitlines()[0])
d = deque([1,2,3]); print(d.__class__ is deque, str(d), f"{d}", f"{d!r:>30}")
print(list(map(str, deque('xy'))), ''.join(deque('abc')), tuple(deque([1])), set(deque([1,1])))
print(deque([3,1,2]) == deque([3,1,2]), [deque([1])] == [deque([1])], deque([1]) in [deque([1])])
print(max(deque([4,9,2])), min(deque('zya')), sum(deque(range(5))), any(deque([0, 1])), len(deque('abc')))
a, b, *c = deque(range(5)); print(a, b, c)
print(list(reversed(deque('abc'))), deque(reversed(deque('abc'))))
