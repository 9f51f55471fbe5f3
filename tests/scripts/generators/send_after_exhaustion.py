# Sending to / calling next on an exhausted generator raises StopIteration.
def gen():
    x = yield 'a'
    return x * 2

g = gen()
print(next(g))
try:
    g.send(21)
except StopIteration as e:
    print('value', e.value)
try:
    g.send(1)
except StopIteration as e:
    print('again', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('next', e.value)
print(list(g))
print(next(g, 'default'))
