import random

for s in [1, 99, 2024]:
    random.seed(s)
    data = list(range(20))
    random.shuffle(data)
    print(data)
    print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
    print(random.sample(range(100), 5), random.sample("abcdefgh", 8))
    print(random.sample(range(10**6), 10), random.sample(range(50), 30))
    print(random.sample(['red', 'blue'], 5, counts=[4, 2]))
    print(random.uniform(1, 10), random.uniform(-2.5, 2.5))
    print(random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5))
    print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
    print(random.normalvariate(), random.normalvariate(100, 15))
    print(random.expovariate(1.5), random.lognormvariate(0, 1))
    print(random.choices("abc", k=5))
    print(random.choices("abc", weights=[10, 1, 1], k=6))
    print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
    print(random.choices([1, 2, 3]))
    print(random.vonmisesvariate(1.0, 2.0), random.gammavariate(2.5, 1.0),
          random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0))
    print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))

random.seed(5)
a = random.getstate()
x = [random.random() for _ in range(5)]
random.setstate(a)
print(x == [random.random() for _ in range(5)])
print(a[0], len(a[1]), a[1][-1], a[2])

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r1.gauss()
st = r1.getstate()
g1 = r1.gauss()
r2.setstate(st)
print(g1 == r2.gauss(), st[2] is not None)
random.seed()
r = random.Random()
print(0 <= random.random() < 1, 0 <= r.random() < 1)

class MyRandom(random.Random):
    pass

m = MyRandom(3)
random.seed(3)
print(m.random() == random.random(), m.randrange(1000) == random.randrange(1000))

class Fixed(random.Random):
    def random(self):
        return 0.3

f = Fixed(1)
print(f._randbelow.__name__, f.randrange(10), f.choice("abcdef"), [f.randint(1, 6) for _ in range(3)])

class Bits(random.Random):
    def random(self):
        return 0.3

    def getrandbits(self, k):
        return 1

print(Bits(1)._randbelow.__name__, Bits(1).randrange(10))
print(MyRandom(2)._randbelow.__name__)
