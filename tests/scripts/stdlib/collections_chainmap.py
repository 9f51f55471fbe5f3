# collections.ChainMap: lookups through the chain, writes to the first
# mapping, new_child, parents, repr and the KeyError messages.
from collections import ChainMap, defaultdict
from collections.abc import MutableMapping


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


defaults = {"color": "red", "user": "guest"}
settings = {"user": "admin"}
cm = ChainMap(settings, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), cm.get("size"), cm.get("size", 0), "color" in cm)
print(list(cm.items()), list(cm.keys()), list(cm.values()), dict(cm))
cm["color"] = "blue"
print(settings, defaults, cm.maps)
del cm["color"]
print(cm["color"], cm)
attempt(lambda: cm["nothing"])


def delete_missing():
    del cm["nothing"]


def delete_from_second():
    del cm["color"]


attempt(delete_missing)
attempt(delete_from_second)

child = cm.new_child()
child["user"] = "root"
print(child, child.parents, child.parents.parents, child["user"], cm["user"])
print(cm.new_child({"m": 1}), cm.new_child(m={"x": 1}), cm.new_child(extra=True))
print(ChainMap(), ChainMap().maps, repr(ChainMap({})), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3})), ChainMap({"a": 1}) == {"a": 1})
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"c": 3}))

c2 = ChainMap({"a": 1}, {"b": 2})
c3 = c2.copy()
c3["a"] = 100
print(c2, c3, c2.pop("a"), c2)
c2 |= {"z": 26}
print(c2, c2.popitem(), c2)
attempt(lambda: c2.pop("qq"))
attempt(lambda: c2.popitem())
print(c2.pop("qq", "fallback"))
c2.clear()
print(c2, ChainMap.fromkeys("ab", 0), ChainMap.fromkeys("xy"))
print(isinstance(c2, MutableMapping), isinstance(c2, dict))

# A defaultdict inside the chain makes its value on lookup.
dd = defaultdict(int)
cdd = ChainMap({}, dd)
print(cdd["new"], dd)


class Missing(ChainMap):
    def __missing__(self, key):
        return "M"


print(Missing()["x"], Missing({"x": 1})["x"])

# Scopes, as an interpreter keeps them.
scope = ChainMap({"len": "builtin"})
local = scope.new_child({"x": 1})
inner = local.new_child({"x": 2, "y": 3})
print(inner["x"], inner["len"], inner.parents["x"], len(inner), sorted(inner))
cm.setdefault("new", 1)
print(cm.maps[0])

r = ChainMap({})
r["me"] = r
print(r)

from collections import Counter, OrderedDict, deque
print(Counter[str], OrderedDict[str, int], defaultdict[str, list], deque[int], ChainMap[str, int])
