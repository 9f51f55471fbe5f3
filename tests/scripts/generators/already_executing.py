# A generator calling next() on itself.
def selfish():
    yield 1
    yield next(g)

g = selfish()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(next(g, 'after error: exhausted'))

def sender():
    yield h.send(None)

h = sender()
try:
    next(h)
except ValueError as e:
    print(e)
