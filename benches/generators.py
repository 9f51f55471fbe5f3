# Generator pipelines: one million small generators created and exhausted,
# then a three-stage pipeline over four million items.
def small(n):
    yield n
    yield n + 1


total = 0
for i in range(1_000_000):
    for v in small(i):
        total += v
print(total)


def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(sum(evens(squares(numbers(4_000_000)))))
