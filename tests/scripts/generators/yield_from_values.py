# yield from delegates values from iterables and generators.
def inner():
    yield 'a'
    yield 'b'

def outer():
    yield 'start'
    yield from inner()
    yield from [1, 2]
    yield from range(3, 5)
    yield from 'xy'
    yield from (9,)
    yield from {'k': 1}
    yield from []
    yield 'end'

print(list(outer()))

def flatten(xss):
    for xs in xss:
        yield from xs

print(list(flatten([[1, 2], [], [3], (4, 5)])))
print(''.join(flatten(['ab', 'cd'])))

def twice(it):
    yield from it
    yield from it

print(list(twice(iter([1, 2]))))
print(list(twice([1, 2])))
