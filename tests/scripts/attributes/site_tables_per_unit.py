# Each compiled unit (the script, every exec'd string, every import) keeps
# the caches of its attribute accesses, global names, class patterns and
# generators beside its own tree: code from different units, with the same
# shapes and names, must never see each other's entries.

class A:
    def __init__(self):
        self.x = 1
        self.y = 2

class B:
    __slots__ = ("y", "x")
    def __init__(self):
        self.x = 10
        self.y = 20

SRC = """
def get_x(o):
    return o.x
def get_y(o):
    return o.y
def gen(objs):
    for o in objs:
        yield o.x + o.y
def classify(o):
    match o:
        case A(x=1, y=v):
            return ("A", v)
        case B(x=x, y=y):
            return ("B", x, y)
    return None
LIMIT = {limit}
def over(n):
    return n > LIMIT
"""

units = []
for i in range(5):
    ns = {"A": A, "B": B}
    exec(SRC.format(limit=i), ns)
    units.append(ns)

objs = [A(), B(), A(), B()]
for rnd in range(3):
    for i, ns in enumerate(units):
        # Alternate classes and units at the same-shaped sites.
        print(i, [ns["get_x"](o) for o in objs], [ns["get_y"](o) for o in objs])
        print(i, list(ns["gen"](objs)), [ns["classify"](o) for o in objs])
        print(i, [ns["over"](n) for n in range(6)])
    # Globals change under cached name sites.
    for i, ns in enumerate(units):
        ns["LIMIT"] = 5 - i
B.x = property(lambda self: -1)  # a class change retires every entry
print([u["get_x"](o) for u in units for o in objs])

# eval and exec in a loop: each gets tables of its own, freed afterwards.
total = 0
o = A()
for k in range(2000):
    total += eval("o.x + o.y")
    exec("o.y = o.y + 1")
print(total, o.y)

# A generator defined by exec'd code outliving the namespace it came from.
def make():
    ns = {}
    exec("def g(n):\n    for i in range(n):\n        x = yield i\n        if x:\n            yield x\n", ns)
    return ns["g"](3)
g = make()
print(next(g), g.send("sent"), next(g), list(g))
