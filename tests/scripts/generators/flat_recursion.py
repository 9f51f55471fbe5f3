# Recursive generators resumed on the caller's stack still meet the
# recursion limit, also when one runs inside a coroutine-backed generator.
def r(n):
    if n:
        for x in r(n - 1):
            yield x
    yield n

print(sum(r(500)))
try:
    print(sum(r(5000)))
except RecursionError as e:
    print('RecursionError', e)

def g():
    yield from r(300)
print(sum(g()))
def deep_in_stackful():
    x = yield sum(r(900))
    yield x
d = deep_in_stackful()
try:
    print(next(d))
except RecursionError as e:
    print('RecursionError', e)
