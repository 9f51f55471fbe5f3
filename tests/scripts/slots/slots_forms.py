# __slots__ as a tuple, a list, or a single string.
class T:
    __slots__ = ('a', 'b')
class L:
    __slots__ = ['a', 'b']
class S:
    __slots__ = 'a'
for cls in (T, L, S):
    o = cls()
    o.a = 1
    print(cls.__name__, cls.__slots__, o.a, type(cls.__dict__['a']).__name__)
print(hasattr(S, 'b'))
l = L()
l.b = 'bee'
print(l.b)
s = S()
try:
    s.b = 2
except AttributeError as e:
    print('AttributeError:', e)
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.x = 1
except AttributeError as e2:
    print('AttributeError:', e2)
print(Empty.__slots__, hasattr(e, '__dict__'))
