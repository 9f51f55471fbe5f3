# A generator that raises while a list comprehension iterates it: the
# comprehension's own frame points at the whole comprehension.
def readings():
    yield 1
    yield 2
    raise ValueError("sensor offline")


print([r * 10 for r in readings()])
