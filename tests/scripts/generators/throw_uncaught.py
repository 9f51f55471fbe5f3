# throw() not caught inside the generator propagates to the caller.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally in gen')

g = gen()
print(next(g))
try:
    g.throw(RuntimeError('outside'))
except RuntimeError as e:
    print('propagated', e)
print(next(g, 'exhausted'))

def other():
    try:
        yield 1
    except TypeError:
        print('TypeError only')
    yield 2

o = other()
next(o)
try:
    o.throw(IndexError('idx'))
except IndexError as e:
    print('IndexError', e)

n = other()
try:
    n.throw(ValueError('before start'))
except ValueError as e:
    print('unstarted', e)
print(next(n, 'gone'))
