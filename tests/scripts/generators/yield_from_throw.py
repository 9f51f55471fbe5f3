# throw() and close() are forwarded through yield from.
def inner():
    try:
        while True:
            try:
                yield 'inner'
            except ValueError as e:
                print('inner caught', e)
                yield 'inner recovered'
    finally:
        print('inner finally')

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'outer recovered'
    finally:
        print('outer finally')

g = outer()
print(next(g))
print(g.throw(ValueError('v1')))
print(next(g))
print(g.throw(KeyError('k1')))
print(next(g, 'end'))

h = outer()
next(h)
print('closing h')
h.close()
print('closed h')

def outer_list():
    try:
        yield from [1, 2, 3]
    except ValueError:
        print('caught thrown into list delegation')
        yield 'after'

o = outer_list()
print(next(o))
print(o.throw(ValueError))
