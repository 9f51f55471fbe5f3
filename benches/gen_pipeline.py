# A three-stage generator pipeline over four million items.
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
