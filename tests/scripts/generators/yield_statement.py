# yield as a statement: a generator function produces values lazily.
def count3():
    yield 1
    yield 2
    yield 3

g = count3()
print(type(g).__name__)
print(repr(g).startswith('<generator object count3 at 0x'))
print(next(g))
print(next(g))
print(next(g))
print(next(g, 'done'))
print(list(count3()))
for v in count3():
    print('loop', v)

def empty():
    return
    yield

print(list(empty()))
print(type(empty()).__name__)

def noyield():
    return 5

print(type(noyield()).__name__)
