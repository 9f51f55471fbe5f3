# __hash__ and __eq__ that change the dict being looked up or filled; dicts
# changed while iterated or shown.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class HashClears:
    """Its hash empties the dict `target`."""
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        self.target.clear()
        return 1
    def __eq__(self, other):
        return self is other
    def __repr__(self):
        return 'HashClears'


d = {1: 2, 3: 4}
d[HashClears(d)] = 5
print(list(d.values()))
d = {1: 2, 3: 4}
print(d.get(HashClears(d)), d)
d = {1: 2}
print(d.setdefault(HashClears(d), 7), list(d.values()))
d = {1: 2}
show(lambda: d.pop(HashClears(d)))
d = {1: 2}
print(HashClears(d) in d, d)


class Collide:
    """Always hash 12345; comparing it empties the dict `target`."""
    def __init__(self, target, answer=False):
        self.target = target
        self.answer = answer
    def __hash__(self):
        return 12345
    def __eq__(self, other):
        self.target.clear()
        return self.answer
    def __repr__(self):
        return 'Collide'


d = {}
d[Collide(d)] = 1
d[Collide(d)] = 2
print(list(d.values()))
d = {}
d[Collide(d)] = 1
print(d.get(Collide(d)), d)
d = {}
d[Collide(d)] = 1
print(d.setdefault(Collide(d), 3), list(d.values()))
d = {}
d[Collide(d)] = 1
try:
    del d[Collide(d)]
except KeyError:
    print('KeyError')
d = {}
d[Collide(d)] = 1
print(d.pop(Collide(d), 'default'))
d = {}
d[Collide(d)] = 1
print(Collide(d) in d)


class Swap:
    """Equal to any other Swap; when compared, rebuilds the dict so that
    another key holds the position the lookup found."""
    def __init__(self, name, target):
        self.name = name
        self.target = target
    def __hash__(self):
        return 777
    def __eq__(self, other):
        if not isinstance(other, Swap):
            return False
        old = list(self.target.items())
        self.target.clear()
        self.target['other'] = 'other value'
        for k, v in old:
            self.target[k] = v
        return True
    def __repr__(self):
        return self.name


d = {}
first = Swap('first', d)
d[first] = 'first value'
print(d[Swap('probe', d)])
d[Swap('probe', d)] = 'replaced'
print(d)
print(d.pop(Swap('probe', d)), d)


class Adds:
    def __hash__(self):
        return 10 ** 9
    def __eq__(self, other):
        for i in range(20):
            d[i + 100] = i
        return False


d = {}
d[Adds()] = 1
d[Adds()] = 2
print(len(d))

# update, dict(), fromkeys and | with keys whose hash changes the target.
d = {1: 2}
d.update({HashClears(d): 1, 2: 3})
print(list(d.values()))
d = {1: 2}
d.update([(HashClears(d), 1), (2, 3)])
print(list(d.values()))
def pairs():
    d.clear()
    yield (1, 2)
    d[5] = 6
    yield (3, 4)
d = {9: 9}
d.update(pairs())
print(d)
d = {9: 9}
d.update(x=HashClears(d))
print(list(d))
src = {1: 2, 3: 4}
src[HashClears(src)] = 5
show(lambda: len(dict(src)))
show(lambda: len(dict.fromkeys(src)))
src = {1: 2, 3: 4}
d = {0: 0}
show(lambda: len(d | {HashClears(d): 1}))
d = {0: 0}
d |= {HashClears(d): 1}
print(list(d.values()))

# Equality of dicts whose values' __eq__ changes them.
class ValueEq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True
    __hash__ = object.__hash__

a = {}
a.update({1: ValueEq(a), 2: ValueEq(a)})
print(a == {1: 1, 2: 2})
a = {}
a.update({1: ValueEq(a), 2: ValueEq(a)})
print({1: 1, 2: 2} == a)
b = {1: 1, 2: 2}
a = {1: ValueEq(b), 2: ValueEq(b)}
print(a == b, b)

# Iteration over a dict that changes.
d = {1: 2, 3: 4}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 2, 3: 4}
try:
    for k in d.items():
        del d[k[0]]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 2, 3: 4}
try:
    for k in d.values():
        d.clear()
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 2, 3: 4}
for k in d:
    d[k] = 'same size'
print(d)

# repr of a dict its values' __repr__ change.
class ReprClears:
    def __repr__(self):
        d.clear()
        return 'R'
d = {1: ReprClears(), 2: ReprClears(), 3: ReprClears()}
print(repr(d))
class ReprAdds:
    def __repr__(self):
        d[len(d) + 10] = 1
        return 'R'
d = {1: ReprAdds(), 2: ReprAdds()}
print(repr(d))
class KeyReprClears:
    def __repr__(self):
        d.clear()
        return 'K'
d = {KeyReprClears(): 1, 2: 3}
print(repr(d))
