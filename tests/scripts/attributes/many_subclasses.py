# A base-class method runs on instances of many subclasses: its attribute
# and method sites see more classes than they remember, and must still
# find each class's own attributes, overrides and later changes.


class Base:
    tag = "base"

    def __init__(self, n):
        self.n = n
        self.hits = 0

    def kind(self):
        return "base"

    def visit(self):
        self.hits += 1
        return (self.tag, self.kind(), self.n, self.hits)


def make(i):
    def kind(self):
        return "k%d" % i

    ns = {"kind": kind}
    if i % 3 == 0:
        ns["tag"] = "t%d" % i
    return type("C%d" % i, (Base,), ns)


classes = [make(i) for i in range(9)]
objs = [c(i * 10) for i, c in enumerate(classes)] + [Base(-1)]
for round_ in range(3):
    print([o.visit() for o in objs])

# A class learns a method later; another loses its override.
classes[4].kind = lambda self: "late"
del classes[3].kind
print([o.kind() for o in objs])

# An instance attribute hides the method on one object only.
objs[5].kind = lambda: "own"
print([o.kind() for o in objs])

# A class attribute turned into a property of the base wins over nothing:
# instances that set `n` still read their own.
Base.extra = property(lambda self: self.n * 2)
print([o.extra for o in objs])


class Slotted(Base):
    __slots__ = ("a",)

    def __init__(self, n):
        super().__init__(n)
        self.a = n + 1


s = Slotted(5)
objs.append(s)
print([o.visit() for o in objs][-3:])
print(s.a, s.__dict__)
try:
    for o in objs:
        o.missing
except AttributeError as e:
    print(e)
