# reduce and partial.
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(operator.add, [], "start"), reduce(operator.add, ["only"]))
print(reduce(max, iter([3, 9, 2])))
for call in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
             lambda: reduce(1, [1, 2]), lambda: reduce(operator.add)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


def f(a, b=0, *rest, c=1, **kw):
    return (a, b, rest, c, kw)


p = partial(f, 1, c=3)
print(p(), p(2), p(2, 3, c=4, d=5))
print(p.func is f, p.args, p.keywords)
print(repr(partial(f, 1, b=2)).split(" at ")[0], repr(partial(f, 1, b=2)).endswith(">, 1, b=2)"))
print(repr(partial(int, "10", base=2)), partial(int, "10", base=2)())
q = partial(p, 7, x=1)
print(q.func is f, q.args, q.keywords, q())
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10))
print(callable(p), type(p).__name__)
for call in [lambda: partial(), lambda: partial(1), lambda: partial(f)(b=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(list(map(partial(pow, 2), range(5))))
for call in [lambda: reduce(operator.add, [1], 0, 5), lambda: reduce(function=operator.add, iterable=[1])]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
