# throw() and close() on generators suspended at a plain yield statement,
# and what happens to the loops' iterators they were holding.

def inner():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('inner closed')


def outer():
    for x in inner():
        if x == 2:
            break
        yield x
    print('outer after break')
    yield 'done'

print(list(outer()))


def holder():
    for x in inner():
        yield x * 10

h = holder()
print(next(h))
h.close()
print('closed holder')
print(next(h, 'nothing more'))

h = holder()
print(next(h))
try:
    h.throw(KeyError('thrown'))
except KeyError as e:
    print('got back', repr(e))
print(next(h, 'finished'))


def counter():
    n = 0
    while True:
        yield n
        n += 1

c = counter()
print(next(c), next(c))
try:
    c.throw(ValueError, 'bad value')
except ValueError as e:
    print('ValueError', e)
print(next(c, 'gone'))


def raises_stop():
    for i in range(2):
        yield i
    raise StopIteration('leaked')

try:
    print(list(raises_stop()))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)


def not_started():
    yield 1

g = not_started()
try:
    g.send('x')
except TypeError as e:
    print('TypeError', e)
print(next(g))
g = not_started()
g.close()
print(next(g, 'closed before start'))


def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
