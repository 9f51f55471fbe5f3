# One read site and one write site see instances of four classes that keep
# the same attribute in different places (other attribute orders, slots, a
# materialized __dict__). Each class's entry is found wherever it sits in
# the site, and reads and writes land in that class's own place.


class A:
    def __init__(self):
        self.x = "A.x"
        self.y = "A.y"


class B:
    def __init__(self):
        self.y = "B.y"
        self.pad = 0
        self.x = "B.x"


class S:
    __slots__ = ("pad", "y", "x")

    def __init__(self):
        self.pad = 1
        self.y = "S.y"
        self.x = "S.x"


class D:
    def __init__(self):
        self.y = "D.y"
        self.x = "D.x"


def read(o):
    return o.x, o.y


def write(o, v):
    o.x = v


objs = [A(), B(), S(), D(), A(), B(), S(), D()]
for round_ in range(3):
    for i, o in enumerate(objs):
        write(o, f"{type(o).__name__}{i}/{round_}")
    print([read(o) for o in objs])

# A D instance whose attributes move into a real dict: the site's entry
# for D (not its first) must not read the emptied inline slot.
d = objs[3]
del d.y
print(read(objs[7]), d.x, vars(d))
d.y = "back"
print(read(d), vars(d))
write(d, "after dict")
print(read(d), read(objs[7]))

# An instance of A missing x (never set): the read site's A entry exists,
# the slot is empty, and the AttributeError is still CPython's.
bare = A.__new__(A)
try:
    read(bare)
except AttributeError as e:
    print("AttributeError:", e)
write(bare, "set later")
bare.y = "y too"
print(read(bare), vars(bare))

# A class whose attribute becomes a property after the sites learnt it.
B.x = property(lambda self: "B.x via property")
print([read(o)[0] for o in objs])
try:
    write(objs[1], "no setter")
except AttributeError as e:
    print("AttributeError:", e)
