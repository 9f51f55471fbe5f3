# A key whose class defines __eq__ is found by an equal builtin key too:
# the stored key's __eq__ decides, whichever side is looked up.
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Num) else other)

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Num({self.v})"

d = {Num(1): "a"}
print(1 in d, d.get(1), d[1], 2 in d)
d[1] = "b"
print(d)
del d[1]
print(d)
s = {Num(3), (Num(4), 5)}
print(3 in s, (4, 5) in s, 5 in s)
s.add(3)
s.discard((4, 5))
print(s)
t = {3, 4}
t.add(Num(3))
print(t, Num(4) in t)
print({"x": 1, 3: 2, Num(3): 3})
