# __eq__ and __hash__ that change the sets being searched or combined.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Collide:
    def __init__(self, v, *targets):
        self.v = v
        self.targets = targets
    def __hash__(self):
        return 1
    def __eq__(self, other):
        for t in self.targets:
            t.clear()
        return False
    def __repr__(self):
        return 'C%d' % self.v


s = set()
s.add(Collide(1, s))
s.add(Collide(2, s))
print(len(s))
s = set()
s.add(Collide(1, s))
print(Collide(2, s) in s, len(s))
s = set()
s.add(Collide(1, s))
s.discard(Collide(2, s))
print(len(s))
s = set()
s.add(Collide(1, s))
try:
    s.remove(Collide(2, s))
except KeyError:
    print('KeyError')


def pair():
    a, b = set(), set()
    a.update([Collide(1, a, b), Collide(2, a, b), 3])
    b.update([Collide(3, a, b), Collide(4, a, b), 3])
    return a, b


# What these give depends on CPython's hash table layout; only that they
# give a set is checked.
for op in ('|', '&', '-', '^'):
    a, b = pair()
    show(lambda: type(eval('a %s b' % op)).__name__)
for op in ('|=', '&=', '-=', '^='):
    a, b = pair()
    exec('a %s b' % op)
    print(op, type(a).__name__)
for name in ('union', 'intersection', 'difference', 'symmetric_difference'):
    a, b = pair()
    show(lambda: (name, type(getattr(a, name)(b)).__name__))
for name in ('issubset', 'issuperset', 'isdisjoint'):
    a, b = pair()
    show(lambda: (name, getattr(a, name)(b)))
a, b = pair()
show(lambda: (a == b, a <= b, a < b))

# Hashes that change the set.
class HashClears:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        self.target.clear()
        return 5
s = {1, 2, 3}
s.add(HashClears(s))
print(len(s))
s = {1, 2, 3}
print(HashClears(s) in s, s)
s = {1, 2, 3}
s.update([HashClears(s), 4])
print(len(s))
s = {1, 2}
print(len(frozenset(s) | {HashClears(s)}))

# Iteration over a set that changes.
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for k in s:
        s.discard(k)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for k in s:
        s.discard(k)
        s.add(k + 100)
except RuntimeError as e:
    print('RuntimeError', e)

# repr: the set is copied first.
class ReprClears:
    def __repr__(self):
        s.clear()
        return 'R'
s = {ReprClears(), ReprClears()}
print(repr(s), len(s))
