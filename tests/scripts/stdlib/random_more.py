import random
from random import *
import random as rnd

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

r = Random("a string seed")
print(r.random(), r.randrange(0, 10, 3), r.randrange(-10, -1), r.randrange(10, -10, -4))
r = Random(b"bytes seed")
print(r.random(), r.uniform(5, 1), r.triangular(1, 3, 5), r.triangular(3, 1))
r = Random(-(10**30))
print(r.getrandbits(64), r.getrandbits(65), r.getrandbits(31), r.randbytes(9))
check(r.choices, [1, 2, 3], k=0)
check(r.choices, [1, 2, 3], [1, 2, float('inf')])
check(r.choices, [], k=2)
check(r.randrange, 1.5)
check(r.randrange, 3.0)
check(r.randrange, True)
check(r.randrange, -5)
check(r.randrange, 0, 1, 1)
check(r.choice, "x")
check(r.choice, range(5, 100, 7))
check(r.sample, range(5), 0)
check(r.sample, ("a", "b", "c"), k=3)
check(r.shuffle, [])
check(r.gauss, mu=5)
check(r.expovariate, 0)
check(r.getrandbits, 2.5)
check(Random, [1])
print(sorted(rnd.__all__) == sorted(n for n in dir(rnd) if n in rnd.__all__))
print(callable(randint), callable(shuffle), Random.VERSION, rnd.Random is Random)
big = Random(2**4000 + 12345)
print(big.random(), big.randrange(2**200))
state = big.getstate()
big2 = Random()
big2.setstate(state)
print(big2.random() == big.random(), big2.getrandbits(1000) == big.getrandbits(1000))
for s in range(3):
    rr = Random(s)
    deck = list(range(52))
    rr.shuffle(deck)
    print(deck[:10], rr.sample(deck, 5), rr.choices(deck, k=4))
