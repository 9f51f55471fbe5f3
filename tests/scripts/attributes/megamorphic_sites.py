# A base-class method runs on instances of many subclasses: its attribute
# sites see more classes than they remember, and must still give each
# class's own answer, including class attributes shadowed by instance ones,
# data descriptors that come first, and a class's own __setattr__.


class Base:
    runs = 0
    label = "base"

    def __init__(self, n):
        self.n = n

    def tick(self):
        self.runs += 1
        return self.n + self.runs

    def describe(self):
        return f"{type(self).__name__}:{self.label}:{self.n}"


classes = []
for i in range(12):
    classes.append(type(f"C{i}", (Base,), {"extra": i}))


class WithProperty(Base):
    @property
    def label(self):
        return "prop"


class Guarded(Base):
    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value)


class Described:
    def __get__(self, obj, owner=None):
        return "from descriptor"

    def __set__(self, obj, value):
        print("  descriptor set", value)


class WithDescriptor(Base):
    runs = Described()


objs = [c(k) for k, c in enumerate(classes)]
objs += [WithProperty(100), Guarded(200), WithDescriptor(300)]
for round in range(3):
    total = 0
    for o in objs:
        if isinstance(o, WithDescriptor):
            print("descriptor:", o.runs)
            continue
        total += o.tick()
    print("round", round, total)

for o in objs:
    print(o.describe(), vars(o))

# An instance attribute deleted shows the class attribute again.
a = objs[0]
print(a.runs, Base.runs)
del a.runs
print(a.runs)
a.label = "mine"
print(a.describe())
del a.label
print(a.describe())
# A class attribute changed later is seen by every site.
Base.label = "changed"
print([o.describe() for o in objs[:3]])


# `o.x += 1` reads and writes through one site; a class's own __setattr__
# still sees every write, also of a name only instances have.
class Counter:
    def __init__(self):
        self.count = 0

    def __setattr__(self, name, value):
        print("  counter set", name, value)
        object.__setattr__(self, name, value)

    def bump(self):
        self.count += 1


c = Counter()
for _ in range(3):
    c.bump()
print(c.count)
