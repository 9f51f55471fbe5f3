# The first iterable of a genexpr is evaluated immediately; the rest lazily.
def src(name, xs):
    print('evaluating', name)
    return xs

g = (a + b for a in src('first', [1, 2]) for b in src('second', [10]))
print('genexpr created')
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print('at creation:', e)

lazy = (x for x in [1] for y in 5)
print('lazy created without error')
try:
    list(lazy)
except TypeError as e:
    print('at iteration:', e)

lazy2 = (1 / x for x in [1, 0])
print('created')
it = iter(lazy2)
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print('lazy error:', e)

try:
    undefined = (x for x in missing_name)
except NameError as e:
    print('NameError at creation:', e)
cond = (x for x in [1] if missing_name)
print('condition not evaluated yet')
try:
    list(cond)
except NameError as e:
    print('NameError later:', e)
