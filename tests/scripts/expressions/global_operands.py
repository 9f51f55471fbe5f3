# Module globals as operands (`n.color == EMPTY`, `x * SCALE`): a warm site
# reads them in place, and sees every rebinding, deletion and new global.
EMPTY = 0
SCALE = 3


def is_empty(v):
    return v == EMPTY


def scaled(x):
    return x * SCALE + SCALE


for i in range(3):
    print(is_empty(i), scaled(i))

EMPTY = 1
print(is_empty(0), is_empty(1))
globals()["SCALE"] = 10
print(scaled(2))
for k in range(5):
    globals()[f"extra{k}"] = k
print(scaled(2), is_empty(1))
del SCALE
try:
    scaled(2)
except NameError as e:
    print("NameError:", e)
SCALE = 0.5
print(scaled(4))

# A global that shadows a builtin, then goes, leaving the builtin.
len = 7


def plus_len(x):
    return x + len


print(plus_len(1))
del len
try:
    plus_len(1)
except TypeError as e:
    print("TypeError:", e)

# The same function run with another module's globals.
src = "def f(x):\n    return x < LIMIT\n"
a = {"LIMIT": 5}
b = {"LIMIT": 50}
exec(src, a)
exec(src, b)
print(a["f"](10), b["f"](10), a["f"](1))
b["LIMIT"] = -1
print(b["f"](10), a["f"](3))
