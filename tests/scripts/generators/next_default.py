# next(g, default) and exhausted generators staying exhausted.
def gen():
    yield 'only'
    return 'ret'

g = gen()
print(next(g, 'd1'))
print(next(g, 'd2'))
print(next(g, None))
print(next(g, 0))
print(list(g), tuple(g))
for x in g:
    print('never')
print('loop did nothing')
try:
    next(g)
except StopIteration as e:
    print('exhausted, value:', e.value)

ge = (i for i in range(2))
print(list(ge), list(ge), sum(ge))
print(next(ge, 'empty'))

h = gen()
print(list(h))
print(next(h, 'still exhausted'))
