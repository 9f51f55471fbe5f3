# != through __eq__ and __ne__, and the order rich comparisons try their
# special methods in (a subclass's reflected method first, each once).
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        print("eq", type(o).__name__)
        return isinstance(o, P) and self.x == o.x
print(P(1) != P(1), P(1) != P(2), P(1) != 3, 3 != P(1))
class Q(P):
    def __ne__(self, o):
        print("Q.ne")
        return "custom"
print(P(1) != Q(1), Q(1) != P(1))
class R:
    pass
r = R()
print(r != r, r != R(), r == r, [r] != [r], (1, r) != (1, r))
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
    def __gt__(self, o):
        print("A.gt")
        return NotImplemented
class B(A):
    def __gt__(self, o):
        print("B.gt")
        return NotImplemented
try:
    A(1) < B(2)
except TypeError as e:
    print(e)
try:
    B(1) < A(2)
except TypeError as e:
    print(e)
