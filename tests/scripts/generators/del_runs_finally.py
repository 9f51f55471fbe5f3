# Deleting the last reference to a suspended generator closes it.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = gen()
print(next(g))
print('before del')
del g
print('after del')

def with_exit():
    try:
        yield 'x'
    except GeneratorExit:
        print('GeneratorExit on del')
        raise

h = with_exit()
next(h)
h = None
print('rebound')

def unstarted():
    try:
        yield 1
    finally:
        print('should not print')

u = unstarted()
del u
print('unstarted deleted')
