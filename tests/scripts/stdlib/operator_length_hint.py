# operator.length_hint and the __length_hint__ of sequence iterators.
from operator import length_hint

for make in [lambda: iter([1, 2, 3]), lambda: iter((1, 2)), lambda: iter(range(0, 10, 3)),
             lambda: iter("abc"), lambda: iter("héllo"), lambda: iter(b"xy"),
             lambda: iter(bytearray(b"xyz")), lambda: reversed([1, 2, 3, 4]),
             lambda: reversed((1, 2)), lambda: reversed("ab"), lambda: iter(range(5, 0))]:
    it = make()
    hints = [length_hint(it)]
    for _ in it:
        hints.append(length_hint(it))
    print(type(it).__name__, hints, it.__length_hint__())

lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(length_hint(it))
del lst[:]
print(length_hint(it))
print(length_hint(map(abs, [1])), length_hint(map(abs, [1]), 9), hasattr(map(abs, []), "__length_hint__"))
print(length_hint((x for x in "ab"), 2), length_hint({1: 2}), length_hint(set()), length_hint(None, 5))


class Bad:
    def __length_hint__(self):
        return -1


class NotInt:
    def __length_hint__(self):
        return "x"


class Nope:
    def __length_hint__(self):
        return NotImplemented


print(length_hint(Nope(), 4))
for obj in [Bad(), NotInt()]:
    try:
        length_hint(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
