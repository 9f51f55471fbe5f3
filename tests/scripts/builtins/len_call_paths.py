# len(x) everywhere it is called from: every container, __len__ of a
# class (and its errors), a starred argument, len shadowed by a global, a
# local or builtins.len itself, and the errors of a wrong call.
import builtins
from collections import deque


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths():
    items = [[1, 2], (1,), "héllo", b"ab", bytearray(3), {1: 2}, {1, 2, 3}, frozenset(),
             range(0, 10, 3), deque([1]), Sized(4), Sized(True), {}.keys(), "", []]
    return [len(x) for x in items]


print(lengths())

for bad in [Sized(-1), Sized(2**70), Sized("3"), Sized(2.5), 5, None, iter([])]:
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

args = [[1, 2, 3]]
print(len(*args), len(*[()]))
for call in ["len()", "len([], [])", "len(*[])", "len(x=[])", "len(*[[1], [2]])"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "->", e)


def count_with_local():
    len = lambda x: "local len"  # noqa: E731
    return len([1, 2])


print(count_with_local())
len = lambda x: "global len"  # noqa: E731
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
original = builtins.len
builtins.len = lambda x: "builtins.len replaced"
print(len([1]))
builtins.len = original
print(len([1]), len is original)

# In loops and conditions, with the list changing underneath.
xs = []
while len(xs) < 5:
    xs.append(len(xs) * 2)
print(xs, [len(xs[:i]) for i in range(3)])


def grows(limit):
    out = []
    for i in range(limit):
        if len(out) == i:
            out.append(i)
    return len(out)


print(grows(1000))
