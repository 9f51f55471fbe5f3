# map, filter, zip, enumerate and reversed return lazy iterator objects.
print(type(map(str, [])).__name__)
print(type(filter(None, [])).__name__)
print(type(zip()).__name__)
print(type(enumerate([])).__name__)
print(type(reversed([])).__name__)
print(type(reversed(range(3))).__name__)
print(type(reversed('ab')).__name__)
print(type(reversed((1,))).__name__)
print(type(range(3)).__name__)

def loud(x):
    print('calling loud', x)
    return x * 10

m = map(loud, [1, 2, 3])
print('map created, nothing called')
print(next(m))
print('one consumed')
print(list(m))

def keep(x):
    print('testing', x)
    return x % 2

f = filter(keep, [1, 2, 3])
print('filter created')
print(next(f))
print(next(f))

def src(tag, n):
    for i in range(n):
        print(tag, 'yields', i)
        yield i

z = zip(src('A', 3), src('B', 2))
print('zip created')
print(list(z))
