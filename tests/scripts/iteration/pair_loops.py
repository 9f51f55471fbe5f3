# `for a, b in ...` over iterators that make pairs (enumerate, zip of two,
# dict items): the values reach the loop's names as if a tuple had been
# made and unpacked, with the same consumption, errors and leftovers.


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError(i)
        yield i * 10


def loops():
    out = []
    for i, x in enumerate("abc"):
        out.append((i, x))
    for i, x in enumerate([7, 8], start=2**64 - 1):
        out.append((i, x))
    for i, x in enumerate(gen(3), -1):
        out.append((i, x))
    for k, v in {"a": 1, "b": 2}.items():
        out.append(k * v)
    for k, v in {}.items():
        out.append("never")
    for a, b in zip([1, 2, 3], "xy"):
        out.append(a * b)
    for a, (b, c) in enumerate([(1, 2), (3, 4)]):
        out.append(a + b + c)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a - b)
    return out


print(loops())


def leftovers():
    first, second = iter([1, 2, 3]), iter([10, 20])
    pairs = []
    for a, b in zip(first, second):
        pairs.append((a, b))
    # zip took 3 from the first (its third item was lost), nothing more from the second
    print(pairs, list(first), list(second))
    first, second = iter([1]), iter([10, 20, 30])
    for a, b in zip(first, second):
        pairs.append((a, b))
    print(pairs, list(second))


leftovers()


def strict_and_three():
    try:
        for a, b in zip([1, 2], [3], strict=True):
            print(a, b)
    except ValueError as e:
        print("ValueError:", e)
    for a, b, c in zip("ab", "cd", "ef"):
        print(a + b + c, end=" ")
    print()


strict_and_three()


def dict_changes():
    d = {1: 1, 2: 2}
    try:
        for k, v in d.items():
            d[k + 10] = v
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(len(d))


dict_changes()


def failing_source():
    e = enumerate(gen(4, fail_at=2))
    got = []
    try:
        for i, x in e:
            got.append((i, x))
    except KeyError as err:
        print("KeyError:", err, got)
    print(list(e))


failing_source()


def loop_else_and_break():
    for i, x in enumerate("xyz"):
        if x == "y":
            break
    else:
        print("no break")
    print(i, x)
    for i, x in enumerate(""):
        pass
    else:
        print("empty: else runs")
    for k, v in {"only": 1}.items():
        pass
    print(k, v)


loop_else_and_break()


def same_name_twice():
    for a, a in enumerate("pq"):
        print(a, end=" ")
    print()


same_name_twice()


class Pairs:
    def __iter__(self):
        return iter([(1, "one"), (2, "two")])


def user_iterable():
    for n, word in Pairs():
        print(n, word)
    try:
        for a, b in enumerate([1]) if False else [(1, 2, 3)]:
            pass
    except ValueError as e:
        print("ValueError:", e)


user_iterable()

# At module level the names are globals: the general path.
for gi, gx in enumerate("mn"):
    pass
print(gi, gx)
