# Sets of plain ints take a short path (an int's hash is itself below 2**61 - 1,
# no Python __eq__ is asked); elements with a Python __eq__ must still be
# asked, whichever side they are on.


class Five:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("eq", self.tag, type(other).__name__)
        return other == 5 or isinstance(other, Five)

    def __repr__(self):
        return f"Five({self.tag})"


s = {1, 2, 5}
print(Five("a") in s)
s.add(Five("b"))
print(sorted(s, key=repr), len(s))

t = {Five("c")}
print(5 in t, 6 in t)
t.add(5)
t.add(7)
print(len(t), 7 in t, 5 in t)
t.discard(5)
print(t)

# A tuple holding such an element.
u = {(1, 5)}
print((1, Five("d")) in u)
u.add((1, Five("e")))
print(len(u))

# Hashes around the modulus, negative ints, -1.
edge = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -(2**63), -(2**61 - 1), 10**20]
print([hash(x) for x in edge])
print(list({x: None for x in edge}))
print(list(set(edge)))
print(2**61 - 1 in {0}, 0 in {2**61 - 1}, -1 in {-2}, -2 in {-1})

# Growth: iteration order follows the table's layout.
grow = set()
for i in range(0, 300, 7):
    grow.add(i * 37 % 101 - 50)
print(list(grow))
print(list(set(range(100, 0, -3))))
big = {i * 1000003 for i in range(60)}
print(list(big)[:20], len(big))
for i in range(0, 60, 2):
    big.discard(i * 1000003)
big.add(17)
print(list(big)[:20], len(big))
print(True in {1}, 1.0 in {1}, 1 in {True}, 2.0 in {2})
