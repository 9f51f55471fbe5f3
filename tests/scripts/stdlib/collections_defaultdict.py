# collections.defaultdict: __missing__ calls the factory, repr, copies,
# the | operators and KeyError without a factory.
from collections import defaultdict


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "q" in groups, groups.get("q"), "q" in groups)
print(groups.default_factory, isinstance(groups, dict), type(groups).__name__)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts == {"m": 1, "i": 4, "s": 4, "p": 2})
print({"m": 1, "i": 4, "s": 4, "p": 2} == counts, counts != {})

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), nested["x"]["nothing"], len(nested["x"]))

print(defaultdict(), defaultdict(None, a=1), defaultdict(list, [(1, [2])]), defaultdict(set, {"k": {1}}, j=set()))
print(repr(defaultdict(dict)), defaultdict(str)["s"] == "")

d = defaultdict(list, a=[1])
c = d.copy()
c["a"].append(2)
c["b"]
print(d, c, type(c).__name__, c.default_factory)
print(d | {"z": 1}, type(d | {"z": 1}).__name__, {"z": 1} | d, type({"z": 1} | d).__name__)
d |= {"y": 2}
print(d, type(d).__name__)

d.default_factory = None
attempt(lambda: d["missing"])
attempt(lambda: defaultdict()["x"])
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict("list"))
print(d.setdefault("q", 5), d.pop("q"), d.pop("nothing", "default"))

# A dict subclass with its own __missing__ and a defaultdict subclass.


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"], type(t["a"]).__name__)


class Zero(dict):
    def __missing__(self, key):
        return 0


z = Zero(a=1)
print(z["a"], z["b"], "b" in z, z.get("b"), z)

# A defaultdict holding itself.
r = defaultdict(list)
r["me"] = r
print(r)
attempt(lambda: defaultdict(list, 1, 2))
attempt(lambda: defaultdict(list, 1))

# A subclass whose __init__ skips defaultdict's has no factory.
class NoInit(defaultdict):
    def __init__(self):
        pass
n = NoInit()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
