# Call sites and attribute reads that remember a builtin base's native
# method (deque.append, Random.getrandbits) on instances of the base and of
# subclasses, and what must make them look again: an instance attribute of
# the same name, a method added to the class later, another class at the
# same site.
import random
from collections import deque


class Queue(deque):
    pass


def push_all(q, items):
    for x in items:
        q.append(x)  # one call site for every kind of q
    return q


def read_method(obj):
    got = []
    for _ in range(3):
        m = obj.append  # one read site
        got.append(m)
    return got


q = Queue()
push_all(q, range(3))
print(q, push_all(deque(), "ab"), push_all([], (1, 2)))

# An instance attribute hides the class's method, at the call and at the read.
q.append = lambda x: print("own append", x)
push_all(q, [7])
print(q, read_method(q)[0] is q.__dict__["append"])
del q.append
push_all(q, [8])
print(q)

# A method given to the class later is found by the same sites.
def loud_append(self, x):
    print("class append", x)
    deque.append(self, x * 10)


Queue.append = loud_append
push_all(q, [9])
print(q)
del Queue.append
push_all(q, [1])
print(q)

# Bound methods read through a site are bound to the right instance.
a, b = deque([1]), deque([2])
ms = [d.append for d in (a, b, a)]
for i, m in enumerate(ms):
    m(i)
print(a, b, ms[0].__self__ is a, ms[1].__self__ is b)


def draw(rng, n):
    getrandbits = rng.getrandbits  # read site, then the bound method called
    return [getrandbits(8) for _ in range(n)]


r1, r2 = random.Random(1), random.Random(1)
print(draw(r1, 3) == draw(r2, 3))


class Fixed(random.Random):
    def getrandbits(self, k):
        return 0


print(draw(Fixed(1), 2), Fixed(1).randrange(10), random.Random(1).randrange(10))
r3 = random.Random(2)
r3.getrandbits = lambda k: 5
print(draw(r3, 2), draw(random.Random(2), 1))
random.Random.getrandbits = lambda self, k: 3
print(draw(random.Random(2), 2), random.Random(2).randrange(7))
del random.Random.getrandbits
print(draw(random.Random(2), 1))
