# Attribute lookup walks the MRO; the first class defining a name wins.
class A:
    x = 'A.x'
    def m(self):
        return 'A.m'
class B(A):
    y = 'B.y'
class C(A):
    x = 'C.x'
    y = 'C.y'
    def m(self):
        return 'C.m'
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.m())
print([k.__name__ for k in D.__mro__])
C.x = 'C.x changed'
print(d.x)
del C.x
print(d.x)
d.x = 'instance'
print(d.x, D.x)
B.m = lambda self: 'B.m added'
print(d.m())
