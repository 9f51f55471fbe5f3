# Mapping patterns: dicts and dict subclasses; extra keys are allowed;
# `**rest` gets a new dict of the remaining items.

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k!r} with {mods}"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)},
          {"type": "click", "pos": [3, 4], "button": 1},
          {"type": "key", "key": "a", "shift": True, "ctrl": False},
          {"type": "key", "key": 5},
          {"type": "scroll"},
          {"other": 1},
          {},
          [("type", "click")],
          "type"]:
    print(handle(e))

# Literal keys of every kind.
match {1: "one", -2: "minus two", 1.5: "float", None: "none", True: "t",
       b"k": "bytes", 2j: "complex", "s": "str"}:
    case {1: a, -2: b, 1.5: c, None: d, b"k": e, 2j: f, "s": g}:
        print(a, b, c, d, e, f, g)

# 1 and True are the same key.
match {1: "x"}:
    case {True: v}:
        print("True found the key 1:", v)


# Value patterns as keys.
class Keys:
    A = "a"
    B = "b"


match {"a": 1, "b": 2, "c": 3}:
    case {Keys.A: 1, Keys.B: two, **others}:
        print("dotted keys:", two, others)

# `**rest` is a new dict, even when empty; the subject is untouched.
d = {"x": 1}
match d:
    case {"x": 1, **rest}:
        print("rest", rest, rest is d, d)
match d:
    case {**everything}:
        print("everything", everything, everything is d)

# Values are matched with sub-patterns of any kind.
match {"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}:
    case {"points": [{"x": x1}, {"y": y2}]}:
        print("nested", x1, y2)

# A missing key fails the match without error.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": _}:
        print("wildcard value")


# Dict subclasses: the length, then `get(key, default)` for each key.
class D(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)

    def __len__(self):
        print("  len")
        return super().__len__()


dd = D(a=1, b=2)
print("{'a': x, **rest}")
match dd:
    case {"a": x, **rest}:
        print("  matched", x, rest, type(rest).__name__)
print("{}")
match dd:
    case {}:
        print("  matched")
print("{**rest}")
match dd:
    case {**rest}:
        print("  matched", rest)
print("{'a': 1, 'z': 0, 'b': 2}")
match dd:
    case {"a": 1, "z": 0, "b": 2}:
        print("  no")
    case {"b": b, "a": a}:
        print("  matched", a, b)


# defaultdict-like __missing__ is never triggered: get() does not call it.
class Default(dict):
    def __missing__(self, key):
        print("__missing__ called")
        return 0


match Default(a=1):
    case {"zzz": v}:
        print("no")
    case {"a": v}:
        print("__missing__ not called", v)


# A dict subclass whose get returns the default marker for a present key.
class Hiding(dict):
    def get(self, key, default=None):
        return default


match Hiding(a=1):
    case {"a": _}:
        print("no")
    case _:
        print("get() decides what is present")

# Keys of a str subclass still match str literals.
class Name(str):
    pass


match {Name("k"): "v"}:
    case {"k": v}:
        print("str subclass key", v)

# Length shortcut: a mapping smaller than the pattern never calls get.
match D(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case _:
        print("too short")
