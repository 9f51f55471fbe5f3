# random.Random over the native _random.Random: seeding every kind of
# seed (a negative float's hash taken as unsigned, as CPython does), state
# round trips, copies, subclasses that bring random() or their own __init__,
# the methods as descriptors and their errors.
import random, copy
r = random.Random(42)
print(r.random(), r.getrandbits(70), r.randrange(10), type(r).__mro__)
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
c = copy.deepcopy(r); print(c.random() == r.random())
random.seed(-1.5); print(random.random())
random.seed("abc"); print(random.random())
random.seed(b"abc", version=1); print(random.random())
random.seed(3.25); print(random.random(), random.getrandbits(3))
class R(random.Random):
    def random(self): return 0.5
print(R(1).randrange(10), R(1).choice("abc"), R().random())
class G(random.Random):
    def __init__(self, a, b):
        super().__init__(a + b)
print(G(1, 2).random() == random.Random(3).random())
print(random.Random.random, random.Random.getrandbits, type(random.random).__name__)
for bad in (lambda: r.getrandbits(-1), lambda: r.getrandbits('a'), lambda: random.Random([]), lambda: r.setstate((3, (1,2), None)), lambda: random.Random.random(5)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
sr = random.SystemRandom(); x = sr.random(); print(0 <= x < 1)
print(isinstance(r, random.Random), random.Random().__class__.__name__, r.__dict__.keys())
import _random; print(_random.Random(5).random(), random.Random(5).random())
