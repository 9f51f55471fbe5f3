# count, cycle, repeat and the iterators that stop: islice, takewhile.
from itertools import count, cycle, repeat, islice, takewhile

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(2.5, 0.5), 3)))
print(list(islice(cycle("AB"), 5)))
print(list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(islice(repeat(7), 3)))
print(list(map(pow, range(5), repeat(2))))
print(list(takewhile(lambda x: x < 20, count(1, 7))))
it = count(5)
print(next(it), next(it), next(it))

for bad in ["count('a')", "count(1, 'b')", "repeat(1, 2.5)", "cycle(3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)

# cycle saves the items of a one-shot iterator
c = cycle(x * 2 for x in range(3))
print([next(c) for _ in range(7)])
