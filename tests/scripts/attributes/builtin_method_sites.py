# One call site, many receivers: builtin values of several classes, a
# subclass that overrides the method, a module, and a value without it.
import math
from collections import deque


class Loud(list):
    def append(self, x):
        print("Loud.append", x)
        super().append(x * 10)


def add(container, x):
    container.append(x)
    return container


for c in [[], deque(), Loud(), [], Loud(), deque()]:
    print(type(c).__name__, add(c, 1), add(c, 2))

try:
    add((), 3)
except AttributeError as e:
    print("AttributeError:", e)


def upper_all(items):
    return [s.upper() for s in items]


print(upper_all(["a", "b", "ç"]), upper_all([b"x", "y", bytearray(b"z")]))


class Str(str):
    def upper(self):
        return "custom"


print(upper_all(["q", Str("r"), "s"]))


def call_sqrt(mod, v):
    return mod.sqrt(v)


print(call_sqrt(math, 16.0), call_sqrt(math, 2.0))


def get(d, k):
    return d.get(k, "missing")


print([get(x, "a") for x in ({"a": 1}, {}, {"a": 2})])
print([seq.count("1") for seq in (["1"], ("1", "1"), "111", [1, "1", "1", "1"])])
