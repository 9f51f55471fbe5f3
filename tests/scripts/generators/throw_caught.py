# throw() caught inside the generator: the generator continues.
def gen():
    n = 0
    while n < 5:
        try:
            yield n
        except ValueError as e:
            print('caught', e)
            n = 3
        n += 1

g = gen()
print(next(g))
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g, 'done'))

def resilient():
    for i in range(3):
        try:
            yield i
        except KeyError:
            yield 'recovered'

r = resilient()
print(next(r))
print(r.throw(KeyError))
print(next(r))
print(next(r))
print(next(r, 'end'))
