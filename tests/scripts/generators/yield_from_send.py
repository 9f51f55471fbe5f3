# send() is forwarded through yield from to the sub-generator.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        print('inner got', x)
        total += x

def outer():
    result = yield from inner()
    print('inner returned', result)
    y = yield 'outer waiting'
    print('outer got', y)
    yield 'done'

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
print(g.send('zz'))
print(next(g, 'finished'))

def nested():
    r = yield from outer()
    return r

n = nested()
print(next(n))
print(n.send(1))
print(n.send(None))
