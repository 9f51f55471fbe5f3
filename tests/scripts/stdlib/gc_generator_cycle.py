# A cycle through a suspended generator's frame: the instance holds the
# generator, whose frame holds the instance. The collector frees it.
import gc, weakref

class Reader:
    def __init__(self, items):
        self.items = items
        self.it = self.walk()
    def walk(self):
        for x in self.items:
            yield (self, x)

gc.collect()
r = Reader([1, 2, 3])
print(next(r.it)[1])
w = weakref.ref(r)
del r
print("alive before collect:", w() is not None)
gc.collect()
print("after collect:", w())
