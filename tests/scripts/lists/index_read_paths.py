# Reading seq[i] from lists and tuples held in locals, globals and
# attributes, indexed by constants, locals, expressions, bools, big ints
# and __index__: the same items and the same errors every way.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))


G = [10, 20, 30]
GT = (1, 2, 3)


def reads(xs, t):
    i, j, k = 1, -1, -3
    out = [xs[0], xs[i], xs[j], xs[k], t[0], t[j], t[k], xs[True], t[False]]
    out += [xs[Idx(2)], t[Idx(-2)], G[i], GT[j], xs[i + 1], (xs)[-2]]
    return out


print(reads([1, 2, 3], (4, 5, 6)))
print(reads(MyList([7, 8, 9]), (4, 5, 6)))


def errors(xs, t):
    for get in (
        lambda: xs[3],
        lambda: xs[-4],
        lambda: t[3],
        lambda: t[-4],
        lambda: xs[2**70],
        lambda: t[-(2**70)],
        lambda: xs["a"],
        lambda: t[1.0],
        lambda: xs[None],
    ):
        try:
            print(get())
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)


errors([1, 2, 3], (4, 5, 6))


def local_errors():
    n = 5
    xs = [1, 2]
    try:
        print(xs[n])
    except IndexError as e:
        print("IndexError", e)
    m = 0
    try:
        print(ys[m])  # noqa: F821 (a missing global)
    except NameError as e:
        print("NameError", e)
    try:
        print(zs[q])
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    zs = [1]
    q = 0
    return zs[q]


print(local_errors())


def mutate_while_reading():
    xs = [0, 1, 2, 3]
    seen = []
    i = 0
    while i < len(xs):
        seen.append(xs[i])
        if xs[i] == 1:
            xs.append(9)
            xs[0] = -1
        i += 1
    return seen, xs


print(mutate_while_reading())

# Other containers through the same expression.
def generic(c, i):
    return c[i]


print(generic({1: "a"}, 1), generic("hey", -1), generic(b"ab", 0), generic(range(5), -2))
print(generic([1, 2, 3], slice(0, 2)), generic((1, 2, 3), slice(None, None, -1)))
try:
    generic({}, 0)
except KeyError as e:
    print("KeyError", e)
nested = [[1, 2], [3, 4]]
print(nested[1][0], nested[-1][-1], [row[i] for row in nested for i in range(2)])
