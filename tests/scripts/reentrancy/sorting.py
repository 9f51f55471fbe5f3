# Sorting while Python code changes the list, and orders that are not
# consistent: an error or some order, never a crash.
import random


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Key:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __lt__(self, other):
        if self.target is not None:
            self.target.append(0)
        return self.v < other.v

    def __repr__(self):
        return 'Key(%d)' % self.v


# A key function that changes the list being sorted.
l = [3, 1, 2]
def appending(x):
    l.append(x)
    return x
show(lambda: l.sort(key=appending))
print(l)
l = [3, 1, 2]
def clearing(x):
    l.clear()
    return x
show(lambda: l.sort(key=clearing))
print(l)

# During the sort the list looks empty.
seen = []
l = [3, 1, 2]
def peek(x):
    seen.append(len(l))
    return x
l.sort(key=peek)
print(l, seen)

# __lt__ changing the list.
l = []
l.extend([Key(3, l), Key(1, l), Key(2, l)])
show(lambda: l.sort())
print(l)

# sorted() works on a copy: changes to the original do not matter.
l = [3, 1, 2]
print(sorted(l, key=clearing), l)
l = [Key(5), Key(2), Key(9)]
print(sorted(l))
l = []
l.extend([Key(3, l), Key(1, l), Key(2, l)])
print(sorted(l), len(l) > 3)

# The reverse flag is an int, as in CPython.
l = [2, 3, 1]
l.sort(reverse=1)
print(l)
show(lambda: l.sort(reverse=1.5))
show(lambda: sorted(l, reverse=None))
show(lambda: sorted(l, reverse=2 ** 40))
show(lambda: sorted(l, reverse='yes'))
class Idx:
    def __index__(self):
        return 1
print(sorted(l, reverse=Idx()))

# An inconsistent order: some order, with every item kept.
random.seed(1)
class Coin:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return random.random() < 0.5
for n in (5, 20, 50, 100, 1000):
    items = [Coin(i) for i in range(n)]
    items.sort()
    out = sorted(items)
    print(n, sorted(c.v for c in items) == list(range(n)), len(out))
nan = float('nan')
l = [nan, 1.0, 3.0, nan, 2.0, 0.5] * 40
l.sort()
print(len(l), sum(1 for x in l if x != x))
class Liar:
    def __lt__(self, other):
        return True
l = [Liar() for i in range(100)]
l.sort()
print(len(l))

# An error while comparing leaves every item in the list.
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 7:
            raise ValueError('no order for 7')
        return self.v < other.v
l = [Bad(i) for i in range(20, 0, -1)]
show(lambda: l.sort())
print(sorted(b.v for b in l) == list(range(1, 21)))

# Stability, forwards and reversed.
pairs = [(i % 5, i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
calls = []
class Count:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append(1)
        return self.v < other.v
l = [Count(i) for i in range(500)]
l.sort()
print(len(calls))

# min and max read the list item by item.
l = [3, 1, 2, 5, 4]
print(min(l, key=clearing), l)
l = [5, 1, 2]
print(max(l, key=appending) if False else max([5, 1, 2]))
class Shrink:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        del self.target[-1:]
        return self.v < other.v
    def __gt__(self, other):
        del self.target[-1:]
        return self.v > other.v
    def __repr__(self):
        return 'Shrink(%d)' % self.v
l = []
l.extend([Shrink(i, l) for i in (4, 2, 8, 1, 9)])
print(min(l), l)
l = []
l.extend([Shrink(i, l) for i in (4, 2, 8, 1, 9)])
print(max(l), l)
