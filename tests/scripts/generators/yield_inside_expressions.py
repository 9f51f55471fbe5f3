# `yield` and `yield from` inside expressions: calls, operators, displays,
# `and`/`or`, conditional expressions, tests, iterables, augmented targets.

def echo(x):
    return x


def calls():
    a = echo((yield 1))
    b = echo((yield 2), k=(yield 3)) if False else max((yield 4), (yield 5), key=lambda v: -v)
    print("calls", a, b)
    return (yield "last")


g = calls()
print(next(g), g.send("A"), g.send(7), g.send(9))
try:
    g.send("R")
except StopIteration as e:
    print("returned", e.value)


def operators():
    x = 1 + (yield "a") * 2
    y = -(yield "b")
    z = (yield "c") < 10
    w = not (yield "d")
    print("operators", x, y, z, w)


g = operators()
print(next(g), g.send(3), g.send(4), g.send(5), end=" ")
try:
    g.send(0)
except StopIteration:
    pass


def displays():
    t = (1, (yield), 3)
    l = [(yield), (yield)]
    s = {(yield)}
    d = {"k": (yield), (yield): "v"}
    print("displays", t, l, s, d)


g = displays()
next(g)
for v in ["t", "l1", "l2", "s", "dv"]:
    g.send(v)
try:
    g.send("dk")
except StopIteration:
    pass


def shortcut(flag):
    a = flag and (yield "and-right")
    b = flag or (yield "or-right")
    c = (yield "ifexp-test") if flag else "no"
    d = "yes" if (yield "test") else (yield "else")
    print("shortcut", flag, a, b, c, d)


for flag in (True, False):
    g = shortcut(flag)
    got = [next(g)]
    try:
        while True:
            got.append(g.send(len(got) % 2 == 0 and "even" or ""))
    except StopIteration:
        pass
    print(got)


def tests():
    if (yield "if?"):
        print("took if")
    n = 0
    while (yield n) != "stop":
        n += 1
    for item in (yield "iterable?"):
        print("item", item)


g = tests()
print(next(g), g.send(1), g.send("go"), g.send("go"), g.send("stop"), end=" | ")
try:
    g.send("xy")
except StopIteration:
    print("done")


class Box:
    def __init__(self):
        self.total = 0
        self.items = {"a": 10}

    def adder(self):
        while True:
            self.total += yield self.total
            self.items["a"] -= yield "item"


box = Box()
g = box.adder()
next(g)
for v in (5, 1, 7, 2):
    g.send(v)
print("aug", box.total, box.items)


def local_aug():
    n = 100
    n -= yield n
    n *= yield n
    return n


g = local_aug()
next(g)
g.send(1)
try:
    g.send(3)
except StopIteration as e:
    print("local aug", e.value)


def inner():
    x = yield "inner"
    return x * 2


def outer():
    total = 1 + (yield from inner())
    print("yield from value", total)
    return [(yield from inner()), (yield from inner())]


g = outer()
print(next(g), g.send(20), g.send(1), end=" ")
try:
    g.send(2)
except StopIteration as e:
    print(e.value)


# An exception thrown in at a yield inside an expression: the half-built
# expression is dropped, the handler runs, the generator goes on.
def thrown():
    for i in range(3):
        try:
            print("got", [i, (yield i), i])
        except KeyError as e:
            print("caught", e)
    yield "end"


g = thrown()
print(next(g), g.throw(KeyError("k")), g.send("v"), g.send("w"))

# Errors inside the expression point at it.
def bad():
    x = 1 + (yield) + "s"


g = bad()
next(g)
try:
    g.send(2)
except TypeError as e:
    print("TypeError:", e)


def bad_attr():
    return (yield).missing


g = bad_attr()
next(g)
try:
    g.send(3)
except AttributeError as e:
    print("AttributeError:", e)

# close() at a yield inside an expression inside try/finally.
def closing():
    try:
        print(echo((yield "in expr")))
    finally:
        print("finally ran")


g = closing()
next(g)
g.close()
print("closed", next(g, "exhausted"))

# Many suspended at once, each inside an expression: none needs a stack
# of its own (more than the 65,530 mappings a process may have would
# allow for stacks with guard pages).
gens = [calls() for _ in range(40_000)]
firsts = [next(g) for g in gens]
seconds = [g.send(i) for i, g in enumerate(gens)]
print(len(gens), sum(firsts), sum(seconds))
