# hash() of ints and tuples of ints is deterministic.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(True), hash(False))
print(hash(1.0) == hash(1), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
