# `is` / `is not` between local variables and against None, read in place:
# every kind of value, the unbound local, comprehension and generator frames,
# closures' cells and globals (which take the general path).


class Node:
    def __init__(self, name):
        self.name = name


def pairs():
    a = Node("a")
    b = Node("b")
    c = a
    n = None
    t = (1, 2)
    u = t
    s = "word"
    i = 10**20
    j = i
    k = 3
    results = []
    for x, y in [(a, b), (a, c), (n, n), (t, u), (s, s), (i, j), (k, k), (a, n), (n, a)]:
        results.append((x is y, x is not y, x is None, x is not None, y is None))
    return results


for row in pairs():
    print(row)


def truth_paths(x, y):
    # in an if, a while, a conditional expression, `and` / `or` / `not`
    out = []
    if x is y:
        out.append("same")
    if x is not y:
        out.append("different")
    if not x is None:
        out.append("x set")
    if x is None or y is None:
        out.append("one missing")
    if x is not None and y is not None and x is not y:
        out.append("both, distinct")
    out.append("cond: " + ("yes" if x is y else "no"))
    n = 0
    while x is not None and n < 3:
        n += 1
    out.append(n)
    return out


o = object()
print(truth_paths(o, o))
print(truth_paths(o, object()))
print(truth_paths(None, o))
print(truth_paths(None, None))


def unbound(flag):
    if flag:
        z = 1
    return z is None


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_right(flag):
    a = 1
    if flag:
        b = a
    return a is b


print(unbound_right(True))
try:
    unbound_right(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def in_comprehension(items, skip):
    return [v.name for v in items if v is not skip]


nodes = [Node(c) for c in "pqrs"]
print(in_comprehension(nodes, nodes[2]))
print(in_comprehension(nodes, None))


def gen(items, stop):
    for v in items:
        if v is stop:
            return
        yield v.name


print(list(gen(nodes, nodes[3])))
print(list(gen(nodes, None)))


def closure():
    marker = Node("m")

    def check(v):
        return v is marker, v is not marker

    return check, marker


check, marker = closure()
print(check(marker), check(Node("m")))

G = Node("g")


def against_global(v):
    return v is G, G is v, v is not G


print(against_global(G), against_global(None))


class Weird:
    # `is` never asks `__eq__` or `__bool__`
    def __eq__(self, other):
        raise RuntimeError("no")

    def __bool__(self):
        raise RuntimeError("no")


def weird():
    w = Weird()
    v = w
    return w is v, w is not v, w is None


print(weird())


def rebinding():
    # the loop variable is read afresh at each test
    seen = []
    prev = None
    for cur in [1, None, "x", None]:
        seen.append((cur is None, prev is None, cur is prev))
        prev = cur
    return seen


print(rebinding())
