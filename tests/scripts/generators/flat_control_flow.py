# Generators whose yields are plain statements inside for/while/if blocks:
# every way control can leave and re-enter those blocks.

def loops_with_else(n):
    for i in range(n):
        if i == 2:
            continue
        yield i
    else:
        yield 'for-else'
    k = 0
    while k < 3:
        k += 1
        yield ('while', k)
    else:
        yield 'while-else'
    yield 'end'

print(list(loops_with_else(4)))


def breaks(limit):
    for i in range(10):
        if i >= limit:
            break
        yield i
    else:
        yield 'not reached when breaking'
    n = 0
    while True:
        n += 1
        if n > 2:
            break
        yield -n
    yield 'after'

print(list(breaks(3)))
print(list(breaks(20)))


def nested(rows):
    for r in range(rows):
        for c in range(r + 1):
            if (r + c) % 2:
                yield (r, c)
            elif c == r:
                yield 'diag'
            else:
                continue
        yield '--'

print(list(nested(4)))


def if_chain(items):
    for x in items:
        if x < 0:
            yield 'neg'
        elif x == 0:
            yield 'zero'
        else:
            if x > 100:
                yield 'big'
                return 'stopped'
            yield x

g = if_chain([3, 0, -2, 500, 7])
print(list(g))
g = if_chain([1, 1000])
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield ('final', total)

acc = running_total()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(None))
print(next(acc, 'exhausted'))


def chained_assign():
    a = b = yield 'first'
    yield (a, b)

c = chained_assign()
print(next(c), c.send('sent'))


def recursive(n):
    if n > 0:
        for x in recursive(n - 1):
            yield x
        yield n

print(list(recursive(5)))


def break_in_try_inside_loop():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print('finally', i)
        yield i

print(list(break_in_try_inside_loop()))


def loop_var_after_loop():
    for i in range(3):
        yield i
    yield ('i is', i)

print(list(loop_var_after_loop()))
