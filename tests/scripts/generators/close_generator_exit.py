# close() raises GeneratorExit inside the generator.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise

g = gen()
print(next(g))
print(g.close())
print(next(g, 'after close'))
g.close()
print('second close ok')

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('swallowed, returning')
        return 'ignored value'

s = swallow()
next(s)
print(s.close())

def unstarted():
    print('never runs')
    yield 1

u = unstarted()
u.close()
print(next(u, 'closed before start'))

def base_check():
    try:
        yield
    except Exception:
        print('not reached: GeneratorExit is not an Exception')
    except BaseException as e:
        print('BaseException:', type(e).__name__)

b = base_check()
next(b)
b.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
