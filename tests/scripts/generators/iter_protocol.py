# Generator objects are their own iterators.
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g)
print(g.__iter__() is g)
print(g.__next__())
print(next(g))
try:
    g.__next__()
except StopIteration:
    print('StopIteration from __next__')
print(hasattr(g, 'send'), hasattr(g, 'throw'), hasattr(g, 'close'))
print(type(g).__name__)
print(type(x for x in []).__name__)
print(type(gen).__name__)
a = gen()
b = gen()
print(a is b, next(a), next(a), next(b))
it = iter(gen())
print(list(it))
print(callable(gen), callable(gen()))
