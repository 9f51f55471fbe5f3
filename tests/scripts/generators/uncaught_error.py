# An uncaught exception inside a generator reaches the top level.
def gen():
    yield 1
    print('about to fail')
    raise KeyError('inside generator')

g = gen()
print(next(g))
for x in g:
    print('never printed', x)
print('never reached')
