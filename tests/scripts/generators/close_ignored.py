# A generator that yields while handling GeneratorExit.
def stubborn():
    for attempt in range(2):
        try:
            yield 'value'
        except GeneratorExit:
            print('not stopping', attempt)

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
g.close()
print('second close succeeded')
print(next(g, 'finished'))

def stubborn2():
    try:
        yield 1
    finally:
        yield 2

h = stubborn2()
print(next(h))
try:
    h.close()
except RuntimeError as e:
    print(type(e).__name__, e)
h.close()
print('h closed on second try')

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('different')

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print('ValueError', e)
