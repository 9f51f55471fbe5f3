# Reflected operators: 1 + v calls v.__radd__(1).
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v})'
    def __add__(self, o):
        print('__add__', o)
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print('__radd__', o)
        return V(o + self.v)
    def __rsub__(self, o):
        return V(o - self.v)
    def __rmul__(self, o):
        return V(o * self.v)
    def __rpow__(self, o):
        return V(o ** self.v)
    def __rtruediv__(self, o):
        return V(o / self.v)

x = V(10)
print(x + 1)
print(1 + x)
print(x + V(1))
print(2.5 + x)
print(100 - x, 3 * x, 2 ** V(5), 5 / V(2))
print(sum([V(1), V(2), V(3)]))
try:
    print('s' + x)
except TypeError as e:
    print('TypeError:', e)
try:
    print(x + 's')
except TypeError as e:
    print('TypeError:', e)
