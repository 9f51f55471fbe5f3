# enumerate, zip, map, filter over generators.
def letters():
    for c in 'abcd':
        print('yield', c)
        yield c

e = enumerate(letters())
print(type(e).__name__)
print(next(e))
print(list(e))

print(list(enumerate(letters(), start=10)))
print(list(zip(letters(), range(2))))
m = map(str.upper, letters())
print('map built')
print(next(m))
print(list(m))
f = filter(lambda c: c in 'bd', letters())
print(list(f))
print(list(map(lambda a, b: a + b, letters(), 'XYZ')))
