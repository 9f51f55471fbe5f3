# One attribute site sees instances whose attributes are kept inline and
# instances whose __dict__ was made (by reading it, by vars(), by deleting
# or adding out of order): every read and write goes to the right place.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def bump(p, n):
    # read and write through the same sites, many times
    for _ in range(n):
        p.x = p.x + 1
        p.y += 2
    return p.x, p.y


a = P(1, 2)
b = P(10, 20)
print(bump(a, 5), bump(b, 5))

# Reading __dict__ moves the values into a real dict; the sites that cached
# inline places must now go through it.
d = b.__dict__
print(d)
print(bump(b, 3), b.__dict__)
d["x"] = 1000
print(bump(b, 1), d)
print(bump(a, 1), vars(a))

# A deleted attribute is missing, through a warm site, and comes back.
c = P(5, 6)
bump(c, 2)
del c.y
try:
    bump(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
c.y = 0
print(bump(c, 1), c.__dict__)


# A half-built instance: the second attribute is not set yet.
class Q:
    def __init__(self, first):
        self.first = first
        if first > 0:
            self.second = first * 2


def second(q):
    return q.second


def set_second(q, v):
    q.second = v


qs = [Q(1), Q(2), Q(0), Q(3)]
for q in qs:
    try:
        print(second(q))
    except AttributeError as e:
        print("AttributeError:", e)
set_second(qs[2], "late")
print([second(q) for q in qs], [list(vars(q)) for q in qs])


# Attributes set in another order on a later instance.
class R:
    pass


def fill(r, names):
    for i, n in enumerate(names):
        setattr(r, n, i)


def read_ab(r):
    return r.a, r.b


r1, r2, r3 = R(), R(), R()
fill(r1, "ab")
fill(r2, "ba")
fill(r3, "abc")
for r in (r1, r2, r3, r1):
    print(read_ab(r), vars(r))


# Replacing the whole __dict__ through the attribute.
s = P(1, 1)
bump(s, 1)
s.__dict__ = {"x": 40, "y": 50, "z": 60}
print(bump(s, 1), vars(s))
