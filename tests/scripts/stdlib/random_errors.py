import random

def check(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(random.choice, [])
check(random.randrange, 0)
check(random.randrange, 5, 5)
check(random.randrange, 1, 10, 0)
check(random.randrange, 10, 1, 2)
check(random.randrange, 10, step=2)
check(random.randint, 5, 1)
check(random.sample, [1, 2], 3)
check(random.sample, [1, 2], -1)
check(random.sample, {1, 2}, 1)
check(random.sample, [1, 2], 1, counts=[1])
check(random.sample, [1, 2], 1, counts=[0, 0])
check(random.choices, "ab", [1, 1], cum_weights=[1, 2])
check(random.choices, "ab", [1, 1, 1])
check(random.choices, "ab", [0, 0])
check(random.choices, "ab", 3)
check(random.getrandbits, -1)
check(random.seed, [1, 2])
check(random.setstate, (9, (), None))
check(random.gammavariate, 0, 1)
check(random.Random().setstate, (3, (1, 2), None))
