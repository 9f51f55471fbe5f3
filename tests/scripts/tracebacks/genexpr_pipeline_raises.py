# An error at the start of a generator-expression pipeline passes through
# every stage's frame.
def source():
    yield 1
    raise ValueError("bad input")


doubled = (n * 2 for n in source())
shifted = (m + 1 for m in doubled)
print(sum(shifted))
