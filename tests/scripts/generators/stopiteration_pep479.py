# A StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration('oops')

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause type:', type(e.__cause__).__name__, e.__cause__)

def bad_next():
    it = iter([])
    yield next(it)

try:
    list(bad_next())
except RuntimeError as e:
    print('list:', e)

def good():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 'handled'
        yield v

print(list(good()))

def for_loop_stop():
    for x in [1, 2]:
        yield x

print(list(for_loop_stop()))
