# Iterators and generators keep memory bounded: they produce one value at a
# time, so a pipeline over a hundred million numbers never holds more than a
# handful of them. A list would hold all of them at once.


def numbers(n):
    """Count from 0 to n - 1, one number per request."""
    i = 0
    while i < n:
        yield i
        i += 1


def squares(values):
    for v in values:
        yield v * v


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


# Each stage asks the previous one for a value only when it needs one.
pipeline = evens(squares(numbers(10)))
print(type(pipeline).__name__, next(pipeline), next(pipeline))
print("the rest:", list(pipeline))

# A generator expression is the same idea in one line: no list is built.
total = sum(x * x for x in range(1_000_000))
print("sum of squares below a million:", total)

# The laziness is visible: work happens only as values are consumed.
def noisy(n):
    for i in range(n):
        print("  producing", i)
        yield i

for v in noisy(3):
    print("consumed", v)

# send() and return: a running average that reports its count at the end.
def averager():
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return count
        total += value
        count += 1

avg = averager()
next(avg)
for v in (10, 20, 60):
    print("average so far:", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("values seen:", stop.value)
