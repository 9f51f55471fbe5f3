# In-place operators: __iadd__ and the fallback from += to __add__.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print('__iadd__')
        self.v += o
        return self
    def __add__(self, o):
        print('__add__')
        return Acc(self.v + o)
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('Plain.__add__')
        return Plain(self.v + o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print('Plain.__mul__')
        return Plain(self.v * o)

a = Acc(1)
same = a
a += 5
print(a.v, a is same)
b = a + 1
print(b.v, b is a)
p = Plain(1)
orig = p
p += 2
print(p.v, p is orig)
p *= 3
print(p.v)
class NoneReturn:
    def __isub__(self, o):
        pass
n = NoneReturn()
n -= 1
print(n)
