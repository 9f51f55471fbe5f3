# Copies of subclass instances are the plain builtin type (fromkeys and
# calling the subclass itself are the exceptions).
class Stack(list):
    pass

class Config(dict):
    pass

class Bag(set):
    pass

class Key(frozenset):
    pass

class Tag(str):
    pass

class Pair(tuple):
    pass

s = Stack([1, 2])
c = Config(a=1)
b = Bag([1])
k = Key([1])
t = Tag('hi')
p = Pair((1, 2))
for label, value in [('s.copy()', s.copy()), ('s[:]', s[:]), ('list(s)', list(s)),
                     ('c.copy()', c.copy()), ('dict(c)', dict(c)),
                     ('Config.fromkeys', Config.fromkeys('ab')),
                     ('b.copy()', b.copy()), ('set(b)', set(b)),
                     ('k.copy()', k.copy()), ('t[:]', t[:]), ('str(t)', str(t)),
                     ('p[:]', p[:]), ('tuple(p)', tuple(p)),
                     ('Stack(s)', Stack(s))]:
    print(label, type(value).__name__, value == value)
cp = s.copy()
cp.append(3)
print(s, cp, s == [1, 2])
cc = c.copy()
cc['b'] = 2
print(c, sorted(cc))
print(sorted(Config.fromkeys(['x', 'y'], 0).items()))
kc = k.copy()
print(kc == k, type(kc).__name__, k.copy() is k)
print(hasattr(t, 'copy'), hasattr(p, 'copy'))
