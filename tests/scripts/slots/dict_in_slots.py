# '__dict__' in __slots__ allows new attributes; '__weakref__' is accepted.
class P:
    __slots__ = ('x', '__dict__')

p = P()
p.x = 1
p.y = 2
print(p.x, p.y)
print(p.__dict__)
print(vars(p))
print(P.__slots__)

class W:
    __slots__ = ('x', '__weakref__')

w = W()
w.x = 3
print(w.x, hasattr(w, '__dict__'))
try:
    w.y = 4
except AttributeError as e:
    print('AttributeError:', e)
class Both:
    __slots__ = ['__dict__', '__weakref__']
b = Both()
b.anything = 'ok'
print(b.anything, b.__dict__)
