# The cycle collector: gc.collect() finds unreachable cycles (and returns how
# many objects they held), runs __del__ once, spares what __del__ resurrects.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("pair:", gc.collect())

l = []
l.append(l)
del l
print("self-list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-dict:", gc.collect())

x = Noisy("x"); y = Noisy("y")
x.other, y.other = y, x
del x, y
print("noisy pair:", gc.collect())
print("again:", gc.collect())

# A live cycle stays: it is reachable from a global.
keep = Node("keep"); keep.other = keep
print("live:", gc.collect(), keep.other.name)

# Resurrection: __del__ stores the object somewhere reachable.
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ Phoenix")
        saved.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print("saved:", len(saved), type(saved[0]).__name__)
saved[0].me = None
saved.clear()
gc.collect()
print("no second __del__")

# Cycles through closures, bound methods and tuples.
def make():
    def inner():
        return inner
    return inner
f = make(); del f
class Owner:
    def __init__(self):
        self.callback = self.method
        self.pair = (self, 1)
    def method(self):
        pass
o = Owner(); del o
print("closure and method:", gc.collect() > 0)

print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print([sorted(s) for s in gc.get_stats()])
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node("n")),
      gc.is_tracked((1, 2)), gc.is_tracked(([],)))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0)
n = Noisy("at exit")
print("end")
