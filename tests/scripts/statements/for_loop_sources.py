# for loops over lists, tuples and ranges walk them without an iterator
# object; what the body does to the list is seen as CPython sees it.

xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 3:
        xs.append(x + 10)
print(seen, xs)

# Removing while looping skips the item that moved into the current place.
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    if y % 2 == 0:
        ys.remove(y)
print(ys)

# Clearing the list ends the loop.
zs = [1, 2, 3, 4]
out = []
for z in zs:
    out.append(z)
    zs.clear()
print(out, zs)

# Rebinding the name of the list does not change what is walked.
ws = [1, 2, 3]
for w in ws:
    ws = [9, 9]
    print(w, end=" ")
print(ws)

# Tuples, nested unpacking, break / else / continue.
for a, (b, c) in ((1, (2, 3)), (4, (5, 6))):
    print(a + b + c, end=" ")
print()
for t in (1, 2, 3):
    if t == 2:
        continue
    print("t", t)
else:
    print("tuple done")
for t in ():
    print("never")
else:
    print("empty tuple else")

# Ranges: steps, negative steps, empty, huge, bounds from __index__.
print([i for i in range(10, 0, -3)])
total = 0
for i in range(5, 50, 7):
    total += i
print(total)
for i in range(3, 3):
    print("never")
for i in range(-2, 3):
    print(i, end=" ")
print()
big = 0
for i in range(2**62, 2**62 + 3):
    big += i - 2**62
print(big)
for i in range(9223372036854775805, 9223372036854775807):
    print(i)


class Ix:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


for i in range(Ix(2), Ix(8), Ix(3)):
    print("ix", i)
r = range(4)
for i in r:
    for j in r:
        if j > i:
            break
        total += i * j
print(total)

# A loop variable left bound after the loop, and a return from inside.
for k in [7, 8, 9]:
    pass
print(k)


def first_even(items):
    for it in items:
        if it % 2 == 0:
            return it
    return None


print(first_even([1, 3, 4, 6]), first_even((1, 3)), first_even(range(5, 9)))

# The bounds are checked as CPython checks them.
for bad in [(), (1, 2, 3, 4), ("a",), (1, 2.0), (1, 2, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        raise KeyError("nope")


try:
    range(BadIndex())
except KeyError as e:
    print("KeyError", e)
try:
    for q in range(3, "x"):
        pass
except TypeError as e:
    print(e)
