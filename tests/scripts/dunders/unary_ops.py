# Unary dunders: __neg__, __pos__, __abs__, __invert__.
class U:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'U({self.v})'
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v * 1)
    def __abs__(self):
        return U(abs(self.v))
    def __invert__(self):
        return U(~self.v)

u = U(-5)
print(-u, +u, abs(u), ~u)
print(-(-u), ~~u)
class Odd:
    def __neg__(self):
        return 'negated'
print(-Odd())
for f, sym in ((lambda o: -o, '-'), (lambda o: +o, '+'), (lambda o: ~o, '~'), (abs, 'abs')):
    try:
        f(Odd() if sym != '-' else object())
    except TypeError as e:
        print('TypeError:', e)
