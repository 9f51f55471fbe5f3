# Or-patterns, as-patterns, guards, and when names get bound.

def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x] | (x, _) | {"only": x}:
            return f"one-ish {x}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case (int() | float()) as num if num > 100:
            return f"large {num}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case _:
            return "other"


for v in [0, 2, "a", "b", [7], (8, 9), {"only": 10}, -3, -2.5, 500, 50,
          "hello", "hey", None]:
    print(repr(v), "->", classify(v))

# Alternatives are tried in order; the first that matches binds.
match (1, 2):
    case (1, x) | (x, 2):
        print("first alternative bound x =", x)
match (5, 2):
    case (1, x) | (x, 2):
        print("second alternative bound x =", x)

# Alternatives may bind their names in different orders.
match [1, 2]:
    case [a, 1] | [1, a] if False:
        pass
    case [a, b] | [b, a, _]:
        print("a, b =", a, b)

# The guard sees the captured names; a failing guard moves on, but the
# names stay bound.
match 10:
    case n if n > 100:
        print("no")
    case m if (print("guard saw n =", n) or False):
        print("no")
    case _:
        print("fell through; n =", n, "m =", m)

# A pattern that fails binds nothing, not even the names it captured
# before failing.
try:
    del q
except NameError:
    pass
match [1, 2]:
    case [q, 3]:
        print("no")
    case _:
        pass
try:
    print(q)
except NameError as e:
    print("NameError:", e)

# As-patterns nest and capture the whole subject at each level.
match [[1, 2], [3]]:
    case [[_, _] as pair, [_] as single] as whole:
        print(pair, single, whole)

# Guards run in order and can have side effects.
log = []


def check(tag, result):
    log.append(tag)
    return result


match 3:
    case 1 if check("never", True):
        pass
    case int() if check("first", False):
        pass
    case int() if check("second", True):
        log.append("body")
print(log)

# A guard with a walrus binds in the enclosing scope.
match [1, 2, 3]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)

# break, continue and return inside case bodies.
def first_even(values):
    for v in values:
        match v:
            case int() if v % 2:
                continue
            case int():
                return v
            case "stop":
                break
    return None


print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]), first_even([]))

# Nested match statements.
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            return "a nonzero"


print(nested(0, 0), nested(0, 1), nested(1, 0))

# Deeply nested or-patterns.
match [3, "x"]:
    case [(1 | 2 | 3) as n, ("x" | "y") as s] | [n, s, _]:
        print("n", n, "s", s)
