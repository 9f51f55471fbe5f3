# Tuple hashes match CPython's exactly for ints, floats, bools and nested
# tuples; tuples nesting objects with their own __eq__ are found by equality.
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)))
print(hash((-1, 0)), hash((2**61, -2**61)), hash((1.5, False, True)))
print(hash(((1, 2), (3, (4, 5)))), hash(tuple(range(20))))
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))


class Key:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n % 10 == other.n % 10

    def __hash__(self):
        return self.n % 10


table = {((Key(1), 2), 3): "deep"}
print(table.get(((Key(11), 2), 3)), table.get(((Key(12), 2), 3)))
memo = {}
for a in range(30):
    memo[(a % 7, (a % 3, "x"))] = memo.get((a % 7, (a % 3, "x")), 0) + 1
print(len(memo), sorted(memo.items())[:4])
for bad in [(1, [2]), ((1, {}),), (1, (2, {3}))]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
