# The first send must be None.
def gen():
    x = yield 1
    print('got', x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print('TypeError:', e)
print(g.send(None))
print(g.send('hi'))
h = gen()
print(next(h))
print(h.send(None))
k = gen()
try:
    k.send(0)
except TypeError as e:
    print(type(e).__name__, e)
print(next(k))
