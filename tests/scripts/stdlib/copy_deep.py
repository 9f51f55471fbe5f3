# copy.deepcopy: nested containers copied all the way down, shared objects
# copied once, cycles through the memo, __deepcopy__(memo), instances and
# the collections types.
import copy

data = {"list": [1, [2, 3]], "tuple": (4, [5]), "set": {6}, "str": "s"}
deep = copy.deepcopy(data)
deep["list"][1].append(99)
deep["tuple"][1].append(98)
print(data)
print(deep)
print(deep["str"] is data["str"], deep["tuple"] is data["tuple"])
flat = (1, "a", (2, 3))
print(copy.deepcopy(flat) is flat, copy.deepcopy(frozenset([1])) == frozenset([1]))

shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc is loop, lc)
d = {}
d["self"] = d
dc = copy.deepcopy(d)
print(dc["self"] is dc, dc)
t = ([],)
t[0].append(t)
tc = copy.deepcopy(t)
print(tc[0][0] is tc, tc is t)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
leaf = root.add(Node("leaf"))
rc = copy.deepcopy(root)
print(rc.value, rc.children[0].value, rc.children[0].parent is rc, rc.children[0] is leaf)


class Slotted:
    __slots__ = ("items", "name")

    def __init__(self):
        self.items = [1, 2]


s = Slotted()
sc = copy.deepcopy(s)
sc.items.append(3)
print(s.items, sc.items, hasattr(sc, "name"))


class Custom:
    def __init__(self, payload):
        self.payload = payload

    def __deepcopy__(self, memo):
        print("__deepcopy__ got a", type(memo).__name__)
        return Custom(copy.deepcopy(self.payload, memo) + ["copied"])


cu = copy.deepcopy([Custom([1])])
print(cu[0].payload)


class State:
    def __init__(self):
        self.data = [1]

    def __getstate__(self):
        return {"data": self.data, "extra": True}

    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)


st = copy.deepcopy(State())
print(st.data, st.extra)

memo = {}
a = [1]
x = copy.deepcopy([a, a], memo)
print(x, id(a) in memo, memo[id(a)] is x[0])


class M:
    def f(self):
        return self.v


m = M()
m.v = [5]
bound = copy.deepcopy(m.f)
print(bound(), bound.__self__ is m, copy.deepcopy(len) is len, copy.deepcopy(M) is M)

from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap

P = namedtuple("P", "x y")
pt = copy.deepcopy(P([1], 2))
print(pt, type(pt).__name__)
dq = deque([[1], [2]], maxlen=3)
dqc = copy.deepcopy(dq)
dqc[0].append(0)
print(dq, dqc)
dd = defaultdict(list)
dd["k"].append(1)
ddc = copy.deepcopy(dd)
ddc["k"].append(2)
ddc["new"]
print(dd, ddc)
co = copy.deepcopy(Counter("abb"))
print(co, type(co).__name__)
od = copy.deepcopy(OrderedDict(b=[1], a=[2]))
print(od, type(od).__name__)
cm = copy.deepcopy(ChainMap({"a": [1]}, {"b": 2}))
print(cm)


class MyList(list):
    pass


ml = MyList([[1]])
ml.attr = {"k": [2]}
mlc = copy.deepcopy(ml)
print(mlc, type(mlc).__name__, mlc[0] is ml[0], mlc.attr, mlc.attr is ml.attr)
err = copy.deepcopy(ValueError("bad", [1]))
print(repr(err), type(err).__name__)
