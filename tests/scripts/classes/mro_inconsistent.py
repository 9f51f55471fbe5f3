# An inconsistent MRO raises TypeError at class creation.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(X, A): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class E(X, X): pass
except TypeError as e:
    print('TypeError:', e)
class F(A, X): pass
print([c.__name__ for c in F.__mro__])
