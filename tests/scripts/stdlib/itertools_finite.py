# accumulate, chain, compress, dropwhile, filterfalse, pairwise, starmap,
# takewhile, zip_longest, tee.
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       pairwise, starmap, takewhile, zip_longest, tee)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=10)))

print(list(chain("ABC", [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable(str(i) * i for i in range(4))))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True, True])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3], [None])))
print(list(zip_longest()), list(zip_longest([], [])))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
it = iter(range(6))
first, second = tee(it)
print(list(zip(first, second)))

for call in [lambda: tee([1], -1), lambda: starmap(len, 1), lambda: list(starmap(len, [1])),
             lambda: compress(1, [1]), lambda: pairwise(5), lambda: zip_longest([], 3),
             lambda: dropwhile(bool, None)]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
