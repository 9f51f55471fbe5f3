# `a, b = x, y`: every value is evaluated before any target is stored, and
# targets are stored left to right, as when a tuple is built and unpacked.
a, b = 1, 2
a, b = b, a
print(a, b)

x = [0, 0, 0]
i = 0
i, x[i] = 2, 5  # i is stored first, then x[2]
print(i, x)

x = [0, 0, 0]
i = 0
x[i], i = 5, 2  # x[0] first
print(i, x)


class Log:
    def __init__(self):
        self.events = []

    def __setattr__(self, name, value):
        if name != "events":
            self.events.append(f"set {name}={value}")
        object.__setattr__(self, name, value)


def val(tag, v, log):
    log.append(f"eval {tag}")
    return v


log = []
o = Log()
o.p, o.q = val("p", 1, log), val("q", 2, log)
print(log, o.events)

# An error while evaluating a value leaves every target as it was.
m, n = "m", "n"
try:
    m, n = 1, 1 / 0
except ZeroDivisionError:
    print("untouched:", m, n)

# An error while storing stops at that target.
class ReadOnly:
    @property
    def fixed(self):
        return 0


d = {}
ro = ReadOnly()
try:
    d["a"], ro.fixed, d["c"] = 1, 2, 3
except AttributeError as e:
    print("stored before the error:", d, e)

# Nested targets, list targets, starred on either side.
(p, q), r = (1, 2), 3
[s, t] = 4, 5
u, *v = 6, 7
*w, z = 8, 9
first, second = *[10], 11
print(p, q, r, s, t, u, v, w, z, first, second)

# Wrong counts still say how many.
for code in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = (1, 2, 3)"]:
    try:
        exec(code)
    except ValueError as e:
        print(code, "->", e)

# Unpacking a tuple held elsewhere leaves it whole; one nobody else holds
# is taken apart.
t = (1, [2], "three")
k, l, mm = t
l.append(3)
print(t, k, l, mm)
pairs = {"x": 1, "y": 2}
for n_, (key, value) in enumerate(pairs.items()):
    print(n_, key, value)
def pair():
    return [1], [2]
one, two = pair()
one.append("a")
print(one, two)

# Swapping through attributes and items.
class P:
    pass
pt = P()
pt.x, pt.y = 3, 4
pt.x, pt.y = pt.y, pt.x
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(pt.x, pt.y, lst)
