# len(x) at a call site that has resolved `len` to the builtin: the site
# must notice a global `len`, a rebound builtins.len, and give the same
# results and errors as any other call.
import builtins


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Bad:
    def __len__(self):
        return "three"


class Negative:
    def __len__(self):
        return -1


def size(x):
    return len(x)


for thing in ([1, 2, 3], "héllo", (1,), {1: 2}, {1, 2}, range(5), b"ab", Bag(7), []):
    print(type(thing).__name__, size(thing))

# A global `len` defined after the site learned the builtin.
def len(x):
    return 42


print("global len:", size([1, 2]))
del len
print("global len gone:", size([1, 2]))

# builtins.len rebound, then restored.
original = builtins.len
builtins.len = lambda x: -1
print("rebound builtins.len:", size([1, 2]))
builtins.len = original
print("restored:", size([1, 2]))

# Starred and wrong argument counts take the general path.
args = ([1, 2, 3],)
print(len(*args))
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)

for bad in (5, None, Bad(), Negative()):
    try:
        size(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# In a loop condition, with the list changing under it.
xs = [1, 2, 3, 4]
while len(xs) > 1:
    xs.pop()
print(xs, len(xs))

# len of an attribute and of a subscript.
b = Bag(3)
print(len(b.__dict__), len([[1, 2], [3]][0]))

# len of a local's attribute, every way an attribute can live.
class Slotted:
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = items


class Holder:
    shared = (1, 2)

    def __init__(self, items):
        self.items = items

    @property
    def doubled(self):
        return self.items * 2

    def count(self):
        return len(self.items)


def attr_lengths(h, s):
    out = []
    for _ in range(2):
        out.append((len(h.items), len(h.shared), len(h.doubled), len(s.items), h.count()))
        h.items = h.items + [0]
        s.items = "xyz"
    return out


print(attr_lengths(Holder([1, 2]), Slotted([1])))
late = Holder([])
late.extra = {1: 2}
print(attr_lengths(late, Slotted(())), len(late.extra))


def attr_len_errors(h):
    for get in ("missing", "number", "bad"):
        try:
            if get == "missing":
                len(h.missing)
            elif get == "number":
                len(h.number)
            else:
                len(h.bad)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__ + ":", e)


h = Holder([])
h.number = 7
h.bad = Bad()
attr_len_errors(h)
attr_len_errors(h)

size(3.5)
