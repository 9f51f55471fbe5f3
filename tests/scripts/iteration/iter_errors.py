# TypeErrors from iter(), next() and for over non-iterables.
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(None)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    next('abc')
except TypeError as e:
    print(e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print(e)
try:
    a, b = 7
except TypeError as e:
    print(e)
try:
    list(True)
except TypeError as e:
    print(e)
try:
    sum(4)
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)

class NoIter:
    pass

try:
    iter(NoIter())
except TypeError as e:
    print(e)

class BadIter:
    def __iter__(self):
        return 42

try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(e)
