# Sequence patterns: lists, tuples, ranges and subclasses of list and
# tuple match; strings, bytes, dicts, sets and iterators do not.

def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last):
            return f"first {first!r}, middle {middle!r}, last {last!r}"


for s in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5),
          range(0), "ab", b"ab", {1: 2}, {1, 2}, 42]:
    print(repr(s), "->", shape(s))
print("iterator ->", shape(iter([1, 2])))

# Tuples and lists both match either bracket style.
match (1, 2):
    case [a, b]:
        print("tuple matched [a, b]:", a, b)
match [1, 2]:
    case (a, b):
        print("list matched (a, b):", a, b)

# Open sequences (no brackets) in both the subject and the pattern.
point = (3, 4)
match point:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on the x axis", x)
    case 3, y:
        print("x is 3, y =", y)

a, b = 1, 2
match a, b:
    case 1, 2:
        print("subject tuple without parentheses")
match a, *[5, 6]:
    case (1, 5, 6):
        print("starred subject")

# The star collects a list, even from a tuple.
match (1, 2, 3):
    case [1, *rest]:
        print("rest", rest, type(rest).__name__)
match (1,):
    case [1, *rest]:
        print("empty rest", rest)
match [1, 2, 3, 4, 5]:
    case [*init, 5]:
        print("init", init)
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts 1 ends 5")
match [1, 2, 3, 4, 5]:
    case [_, second, *_, before_last, _]:
        print("second", second, "before last", before_last)
match [1, 2]:
    case [1, 2, *_, 3]:
        print("no")
    case [*_]:
        print("[*_] matches any sequence")

# Nested sequences.
match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [c, d]], (e,)]:
        print("nested", a, b, c, d, e)

# Sub-patterns of every kind inside.
match [1, "two", None, 3.0]:
    case [int(), str() as s, None, float(f)]:
        print("typed items", s, f)

# Ranges are sequences.
match range(3):
    case [0, 1, 2]:
        print("range(3) matched [0, 1, 2]")
match range(10, 0, -3):
    case [first, *others]:
        print("range:", first, others)


# Subclasses of list and tuple, with their methods called as CPython calls
# them.
class L(list):
    def __len__(self):
        print("  len")
        return super().__len__()

    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)

    def __iter__(self):
        print("  iter")
        return super().__iter__()


l = L([1, 2, 3])
for label in ["[*_]", "[_, *_]", "[a, *_, b]", "[a, *r]", "[a, b, c]", "[_, _, _]",
              "[*_, a]", "[*r]", "[x, y]"]:
    print(label)
    match l:
        case [*_] if label == "[*_]":
            print("  matched")
        case [_, *_] if label == "[_, *_]":
            print("  matched")
        case [a, *_, b] if label == "[a, *_, b]":
            print("  matched", a, b)
        case [a, *r] if label == "[a, *r]":
            print("  matched", a, r)
        case [a, b, c] if label == "[a, b, c]":
            print("  matched", a, b, c)
        case [_, _, _] if label == "[_, _, _]":
            print("  matched")
        case [*_, a] if label == "[*_, a]":
            print("  matched", a)
        case [*r] if label == "[*r]":
            print("  matched", r)
        case [x, y] if label == "[x, y]":
            print("  matched", x, y)


class Pair(tuple):
    pass


match Pair((1, 2)):
    case (a, b):
        print("tuple subclass:", a, b)


class Text(str):
    pass


match Text("ab"):
    case [a, b]:
        print("no")
    case _:
        print("a str subclass is not a sequence")

# A sub-pattern's failure stops the match: later items are not compared.
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  compare", self.name, "with", other)
        return False


match [Loud("a"), Loud("b")]:
    case [1, 2]:
        print("no")
    case _:
        print("stopped after the first item")
