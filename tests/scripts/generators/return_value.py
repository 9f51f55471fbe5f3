# return value becomes StopIteration.value.
def gen():
    yield 1
    return 'result'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', e.value)
    print('args:', e.args)

def bare():
    yield 1
    return

b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print('bare value:', e.value, e.args)

def tuple_ret():
    return (1, 2)
    yield

try:
    next(tuple_ret())
except StopIteration as e:
    print('tuple value:', e.value, e.args)

def none_ret():
    yield
    return None

n = none_ret()
print(next(n))
try:
    next(n)
except StopIteration as e:
    print(e.value is None, e.args)

print(list(gen()))
