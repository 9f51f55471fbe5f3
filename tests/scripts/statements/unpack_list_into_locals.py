# `a, b, c = xs` from a list: into local names, into globals and
# attributes, a name that is also the source, and lengths that do not fit.


class Box:
    pass


def locals_only(xs):
    a, b, c = xs
    return a, b, c


def self_source():
    xs = [[1, 2], "second"]
    xs, y = xs
    return xs, y


def mixed(xs):
    box = Box()
    d = {}
    box.x, d["k"], z = xs
    return box.x, d, z


def nested(rows):
    out = []
    for row in rows:
        (a, b), c = row
        out.append(a + b + c)
    return out


def wrong(xs):
    try:
        a, b = xs
    except ValueError as e:
        return f"ValueError: {e}"
    return a, b


print(locals_only([1, "two", 3.0]), locals_only([[], (), {}]))
print(self_source())
print(mixed([1, 2, 3]))
print(nested([[[1, 2], 3], [(4, 5), 6]]))
print(wrong([1]), wrong([1, 2, 3]), wrong([]), wrong([7, 8]))
g1, g2 = [10, 20]
print(g1, g2)
xs = [1, 2, 3]
for _ in range(3):
    p, q, r = xs
    xs = [q, r, p]
print(xs, p, q, r)


class ListSub(list):
    pass


s = ListSub([5, 6])
m, n = s
print(m, n)
