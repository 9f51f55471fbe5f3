# collections.deque: both ends, maxlen, indexing, rotation, comparisons,
# iteration and CPython's messages.
from collections import deque
from collections.abc import MutableSequence, Sequence, Hashable


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(d), list(reversed(d)))
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
print(d.count(2), d.count("z"), d.index("a"), d.index(2, 1), d.index(1, -9, 10))
d.insert(1, "in")
d.insert(-1, "before last")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("in")
del d[0]
del d[-1]
d[0] = "first"
d[-1] = "last"
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))

# maxlen: the far end drops out.
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(5)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft("xy")
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, repr(deque()), repr(deque(maxlen=0)), deque("ab"), str(deque([None])))
print(deque(iterable=[1], maxlen=5), deque([1, 2], 1))

# Copies, operators, comparisons.
c = deque([1, 2], maxlen=4)
e = c.copy()
e.append(3)
print(c, e, type(e).__name__)
print(c + deque([9, 9, 9]), deque([5]) + c, c * 3, 2 * deque("ab"), deque([1]) * 0)
c += [7, 8, 9]
print(c)
c *= 2
print(c)
f = deque([1, 2])
f += f
print(f)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque())
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence), isinstance(deque(), Hashable))
print(deque.__hash__, deque[int])

# Iteration and mutation.
g = deque(range(10))
total = 0
for x in g:
    total += x
print(total, sum(deque([1.5, 2.5])), sorted(deque([3, 1, 2])), max(deque("abc")))


def mutate_append():
    for x in g:
        g.append(x)


def mutate_same_length():
    h = deque([1, 2])
    for x in h:
        h.pop()
        h.append(3)


attempt(mutate_append)
attempt(mutate_same_length)

# A deque that holds itself.
s = deque([1])
s.append(s)
print(s)

# Many operations at both ends: the ring buffer grows and shrinks.
q = deque()
for i in range(1000):
    q.append(i)
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[500], q[1500])
for i in range(995):
    q.pop()
    q.popleft()
print(q, q.index(-2))
for i in range(100):
    q.append(i)
    q.popleft()
print(q)


class Stack(deque):
    def peek(self):
        return self[-1]


st = Stack([1, 2])
st.append(3)
print(st, st.peek(), st.copy(), type(st.copy()).__name__, Stack("ab", 1), st + deque([4]))

# Errors.
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1])[1])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1, 2])[0:1])
attempt(lambda: deque([1, 2])["a"])
attempt(lambda: deque([1]).remove(2))
attempt(lambda: deque([1]).index(2))
attempt(lambda: deque([1, 2]).index(2, 0, 1))
attempt(lambda: deque([1]).index(1, "a"))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen="a"))
attempt(lambda: deque(maxlen=2.0))
attempt(lambda: deque(1))
attempt(lambda: deque([1], 2, 3))
attempt(lambda: deque(foo=1))
attempt(lambda: deque([1, 2], maxlen=2).insert(0, 5))
attempt(lambda: deque([1]).rotate("a"))
attempt(lambda: deque([1]) + [2])
attempt(lambda: deque([1]).__delitem__(3))


def set_out_of_range():
    d = deque()
    d[0] = 1


def set_maxlen():
    d = deque()
    d.maxlen = 3


attempt(set_out_of_range)
attempt(set_maxlen)

# A change after the last item: the forward iterator notices it, the
# reversed one has ended already.
for make in (iter, reversed):
    d = deque([1, 2])
    it = make(d)
    next(it)
    next(it)
    d.append(3)
    attempt(lambda: next(it))

# Repeating a bounded deque many times keeps its last maxlen items.
d = deque([1, 2, 3], maxlen=5)
print(d * 10**9, deque([1,2,3], maxlen=7) * 4, deque([1,2], maxlen=3) * 2)
e = deque('ab', maxlen=4); e *= 10**12; print(e)
