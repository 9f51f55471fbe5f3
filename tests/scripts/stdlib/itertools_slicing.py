# islice: arguments, its errors, and how much of the source it consumes.
from itertools import islice

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", 1, 6, 3)))
print(list(islice("ABCDEFG", None)))
print(list(islice("ABCDEFG", None, None, None)))
print(list(islice("ABC", 10)), list(islice("ABC", 5, 9)), list(islice("ABC", 2, 1)))
print(list(islice(range(10), True, 5)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 7, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 4)), next(it))

calls = [
    lambda: islice([1]),
    lambda: islice(),
    lambda: islice([1], 1, 2, 3, 4),
    lambda: islice([1], -1),
    lambda: islice([1], "a"),
    lambda: islice([1], 1.5),
    lambda: islice([1], -1, 3),
    lambda: islice([1], "x", 3),
    lambda: islice([1], 1, -3),
    lambda: islice([1], 1, 2, 0),
    lambda: islice([1], 1, 2, -1),
    lambda: islice([1], 0, None, "s"),
    lambda: islice(3, 1),
    lambda: islice(3, -1),
    lambda: islice([1], stop=3),
]
for call in calls:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(-3,), (1, -1), (1, -2), (-1, -2), (-2, -1), (-1, "x"), ("x", -3),
             (-1, 2, 0), (1, 2, "x"), (1, 2, 10 ** 30), (10 ** 30,), (1, 10 ** 30), (None, "a")]:
    try:
        islice([1], *args)
        print(args, "no error")
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for args in [(2, 5), (5, 2), (3, None), (0, 0), (2, 6, 2), (20, 30), (8, 20, 5)]:
    it = iter(range(10))
    print(args, list(islice(it, *args)), list(it))
