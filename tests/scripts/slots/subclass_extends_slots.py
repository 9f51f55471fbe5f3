# A subclass with __slots__ extends the inherited slots.
class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B):
    __slots__ = ()

c = C()
c.a = 1
c.b = 2
print(c.a, c.b)
try:
    c.c = 3
except AttributeError as e:
    print('AttributeError:', e)
print(A.__slots__, B.__slots__, C.__slots__)
print(hasattr(c, '__dict__'))
print([k for k in B.__dict__ if not k.startswith('__')])
print([k for k in C.__dict__ if not k.startswith('__')])
print(C.a, C.b)
print(isinstance(c, A))
class D(A):
    __slots__ = ('a',)
d = D()
d.a = 'shadow'
print(d.a, D.a is A.a)
