# C3 linearization for multiple inheritance.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

class Base:
    def who(self):
        return 'Base'
class Left(Base):
    def who(self):
        return 'Left'
class Right(Base):
    def who(self):
        return 'Right'
class Diamond(Left, Right): pass
class Diamond2(Right, Left): pass
print([c.__name__ for c in Diamond.__mro__])
print(Diamond().who(), Diamond2().who())
print([c.__name__ for c in Diamond.mro()])
print(Diamond.__bases__ == (Left, Right))
