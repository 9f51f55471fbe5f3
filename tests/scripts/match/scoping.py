# Names bound by patterns are ordinary assignments of the current scope.

# Module level: globals.
match [1, 2]:
    case [g1, *g2]:
        pass
print(g1, g2, "g1" in globals())


# Function level: locals, so reading before the match is an error.
def local_capture(v):
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    match v:
        case {"x": x, **others}:
            return x, others, sorted(locals())


print(local_capture({"x": 1, "y": 2}))


# Captured by a closure: a cell.
def make_getter(v):
    match v:
        case (name, value):
            pass

    def get():
        return name, value

    return get


print(make_getter(("k", 3))())


# Assigned in a nested function through nonlocal.
def outer():
    hit = None

    def inner(v):
        nonlocal hit
        match v:
            case int() as hit:
                pass

    inner(5)
    return hit


print("nonlocal capture:", outer())


# Declared global inside a function.
def set_global(v):
    global G
    match v:
        case [G]:
            pass


set_global([42])
print("global capture:", G)


# Class body: names join the class namespace.
class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            pass


print(Config.debug, Config.level)


# Lambdas and comprehensions see captured names of the enclosing scope.
def with_lambda(v):
    match v:
        case [a, b]:
            return (lambda: a + b)(), [a * i for i in range(b)]


print(with_lambda([2, 3]))


# Generators: match inside a generator, yields in case bodies and guards.
def gen(items):
    for it in items:
        match it:
            case int(n) if n > 0:
                yield ("positive", n)
            case int(n):
                yield ("non-positive", n)
            case [*parts]:
                for p in parts:
                    yield ("part", p)
            case _:
                got = yield ("unknown", it)
                if got is not None:
                    yield ("sent", got)


print(list(gen([1, -1, [7, 8], "s"])))
g = gen(["?"])
print(next(g), g.send("hello"))


def gen_guard():
    match 5:
        case n if (yield n) == "go":
            yield "guard passed"
        case _:
            yield "guard failed"


gg = gen_guard()
print(next(gg), gg.send("go"))
gg = gen_guard()
print(next(gg), gg.send("stop"))


# The subject may come from a yield.
def echo():
    while True:
        match (yield):
            case "quit":
                return
            case msg:
                print("echo", msg)


e = echo()
next(e)
e.send("hi")
try:
    e.send("quit")
except StopIteration:
    print("echo finished")


# Recursion with match.
def total(tree):
    match tree:
        case int(n):
            return n
        case [*children]:
            return sum(total(c) for c in children)
        case {"value": v, "children": cs}:
            return v + total(cs)
    return 0


print(total([1, [2, 3], {"value": 10, "children": [4, {"value": 5, "children": []}]}]))


# Private names are mangled in class bodies.
class Secret:
    def get(self, v):
        match v:
            case [__first, *__rest]:
                return __first, __rest, sorted(locals())


print(Secret().get([1, 2, 3]))


# A case body's names and the pattern's captures in a loop.
def tally(rows):
    counts = {}
    for row in rows:
        match row:
            case (key, int(n)):
                counts[key] = counts.get(key, 0) + n
            case (key, _):
                counts[key] = counts.get(key, 0)
    return counts


print(tally([("a", 1), ("b", "x"), ("a", 2)]))

# exec and eval with match statements.
ns = {}
exec("match 3:\n    case n:\n        found = n * 2\n", ns)
print(ns["found"], ns["n"])
