# collections.OrderedDict: move_to_end, popitem from either end, equality
# that looks at the order, the 3.11 repr, views, copies and |.
from collections import OrderedDict


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
print(od, list(od), len(od), od["b"], "c" in od)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
od.move_to_end("a", True)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), repr(OrderedDict(a=1)), OrderedDict({"x": 1}, y=2))

print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(dict(b=2, a=1) == OrderedDict(a=1, b=2), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1) != {"a": 1}, OrderedDict() == [])

o = OrderedDict.fromkeys("xyz")
print(o, type(o).__name__, list(reversed(o)), o | {"q": 1}, type(o.copy()).__name__)
print({"q": 1} | o, type({"q": 1} | o).__name__)
o |= {"w": 0}
print(o)
o["x"] = 9
print(o)
del o["x"]
o["x"] = 1
print(o, o.keys(), o.values(), o.items())
print(list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys() & {"x", "nope"}, "y" in o.keys(), ("y", None) in o.items(), len(o.values()))
print(o.setdefault("k", 5), o.pop("k"), o.get("zz", 0), o)
o.update([("m", 1)], n=2)
print(o)
o.clear()
print(o)

lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))

attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict().popitem(last=False))
attempt(lambda: OrderedDict(a=1).move_to_end("zz"))
attempt(lambda: OrderedDict().pop("nope"))
attempt(lambda: OrderedDict(a=1)["b"])

r = OrderedDict()
r["me"] = r
print(r)


class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


last = Last()
last["a"] = 1
last["b"] = 2
last["a"] = 3
print(last, isinstance(last, dict))
attempt(lambda: OrderedDict([("a", 1)], [("b", 2)]))
attempt(lambda: OrderedDict(1))
