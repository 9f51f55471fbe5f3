# randrange and randint with ints, bools, __index__ objects and bad arguments.
import random
r = random.Random(7)
print([r.randrange(10) for _ in range(5)], [r.randrange(3, 30, 4) for _ in range(5)])
print([r.randint(-5, 5) for _ in range(6)], r.randrange(True), r.randrange(2, 10, True))
class Idx:
    def __index__(self):
        return 6
print([r.randrange(Idx()) for _ in range(3)], r.randrange(1, Idx()), r.randrange(0, 12, Idx()))
for bad in [(0,), (5, 5), (1, 10, 0), (2.5,), ("3",)]:
    try:
        r.randrange(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.randrange(5, step=2)
except TypeError as e:
    print("TypeError", e)
print(r.randrange(4.0))
