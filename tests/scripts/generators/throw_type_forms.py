# throw() with a class, with an instance, and the exception seen inside.
def gen():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            print('inside:', type(e).__name__, e.args)

g = gen()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError('x', 1)))
print(g.throw(KeyError('k')))
print(g.throw(ZeroDivisionError()))

class MyError(Exception):
    pass

print(g.throw(MyError('mine')))
g.close()
print(next(g, 'closed'))
