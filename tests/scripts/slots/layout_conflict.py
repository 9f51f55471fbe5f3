# Two bases with non-empty slots cannot be combined.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)

class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class Ok(E1, E2):
    pass
print([c.__name__ for c in Ok.__mro__])
class Mix(A, E1):
    __slots__ = ('m',)
m = Mix()
m.a, m.m = 1, 2
print(m.a, m.m)
class Plain:
    pass
class WithPlain(A, Plain):
    pass
w = WithPlain()
w.a = 1
w.other = 2
print(w.a, w.other)
