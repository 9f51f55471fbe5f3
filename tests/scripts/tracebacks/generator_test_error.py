# An error in the test of an `if` around a yield, several generators deep.
def numbers(items):
    for x in items:
        if 10 // x > 1:
            yield x


def doubled(it):
    for x in it:
        yield x * 2


for v in doubled(numbers([1, 2, 0, 3])):
    print(v)
