# An error inside a generator consumed by list() propagates; the generator is then finished.
def gen():
    yield 1
    yield 2
    1 / 0

g = gen()
try:
    list(g)
except ZeroDivisionError as e:
    print('caught', e)
print(next(g, 'generator is finished'))

def conv(xs):
    for x in xs:
        yield int(x)

c = conv(['1', '2', 'x', '4'])
print(next(c), next(c))
try:
    next(c)
except ValueError as e:
    print('ValueError:', e)
print(list(c))
print(sum(conv(['5', 'five'])))
