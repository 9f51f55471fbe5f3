# Class patterns with builtin classes: keywords read their attributes,
# one positional sub-pattern matches the whole value.

def describe(v):
    match v:
        case bool(True):
            return "the bool True"
        case str(upper=up) if v.islower():
            return f"lowercase str, upper() gives {up()!r}"
        case str(s) | bytes(s):
            return f"text-ish {s!r}"
        case int(real=r, imag=0) if r > 100:
            return f"big int {r}"
        case float(f) | int(f):
            return f"number {f}"
        case tuple((a, b)):
            return f"pair {a}, {b}"
        case list([*items]) | tuple([*items]):
            return f"{len(items)} items"
        case dict({"k": k}) | dict({"key": k}):
            return f"mapping with k {k}"
        case set() | frozenset():
            return "a set"
        case ValueError(args=(msg,)):
            return f"ValueError {msg!r}"
        case Exception():
            return f"another exception {type(v).__name__}"
        case type():
            return f"a class {v.__name__}"
        case object():
            return "anything"


for v in [True, False, "abc", "ABC", b"xy", 500, 5, 2.5, (1, 2), (1, 2, 3),
          [4, 5], {"k": 1}, {"key": 2}, {1}, frozenset(), ValueError("bad"),
          KeyError("k"), int, None, range(2)]:
    print(repr(v), "->", describe(v))

# Exceptions have no __match_args__.
try:
    match ValueError("x"):
        case ValueError(m):
            pass
except TypeError as e:
    print("TypeError:", e)

# object() accepts no positional sub-patterns.
try:
    match 1:
        case object(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# A subclass of a builtin type matched by the builtin class.
class Tag(str):
    pass


match Tag("t"):
    case str(s):
        print("Tag matched str():", type(s).__name__, s)


class Stack(list):
    __match_args__ = ("top",)

    @property
    def top(self):
        return self[-1]


match Stack([1, 2, 3]):
    case Stack(3):
        print("Stack.__match_args__ wins over matching itself")
match Stack([1, 2, 3]):
    case list([1, *rest]):
        print("and list() matches it as itself:", rest)
