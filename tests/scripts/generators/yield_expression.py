# yield as an expression: x = yield v, and print((yield)).
def echo():
    received = []
    x = yield 'first'
    received.append(x)
    y = yield 'second'
    received.append(y)
    print((yield))
    print('received', received)
    yield 'last'

g = echo()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send('printed'))
print(next(g, 'end'))

def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v

a = acc()
print(next(a))
print(a.send(5))
print(a.send(7))
print(a.send(-2))
try:
    a.send(None)
except StopIteration as e:
    print('stopped', e.value)

def plain_next():
    x = yield 1
    print('x is', x)
    yield 2

p = plain_next()
print(next(p))
print(next(p))
