# Binary arithmetic dunders on a user class.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N({self.v})'
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o.v)
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __lshift__(self, o): return N(self.v << o.v)
    def __rshift__(self, o): return N(self.v >> o.v)
    def __and__(self, o): return N(self.v & o.v)
    def __or__(self, o): return N(self.v | o.v)
    def __xor__(self, o): return N(self.v ^ o.v)
    def __matmul__(self, o): return N(self.v * 100 + o.v)

a, b = N(7), N(3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(divmod(a, b))
print(a << b, a >> N(1), a & b, a | b, a ^ b, a @ b)
print(pow(a, b))
print(a + b * N(2) - N(1))
