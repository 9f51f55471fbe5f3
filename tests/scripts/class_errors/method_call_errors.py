# Argument errors when calling methods and constructors.
class P:
    def __init__(self, x):
        self.x = x
    def m(self, a, b=2):
        return a + b
    def no_self():
        return 'no self'
    @staticmethod
    def s(a):
        return a

def show(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

p = P(1)
show(lambda: P())
show(lambda: P(1, 2))
show(lambda: p.m())
show(lambda: p.m(1, 2, 3))
show(lambda: p.m(1, c=3))
show(lambda: p.no_self())
show(lambda: P.no_self())
show(lambda: P.m(1))
show(lambda: p.s())
show(lambda: P(x=1, y=2))
show(lambda: p.m(1, a=1))
