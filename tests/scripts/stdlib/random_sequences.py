import random

for s in [0, 1, 42, 12345, -7, 2**32, 2**100 + 5, -(2**64) - 1, 3.5, True]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
    print(' ', random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
    print(' ', [random.randint(1, 6) for _ in range(10)])
    print(' ', random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -3), random.randrange(2**80))

for s in ["hello", "", "ünïcode", b"bytes", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 1000))

random.seed("abc", version=1)
print("v1", random.random())
random.seed(b"abc", version=1)
print("v1 bytes", random.random())

random.seed(0)
print(random.getrandbits(0), random.randbytes(5))
