# dict() and update() from pair-making iterators (zip, enumerate, items) and
# from sequences of pairs, with CPython's errors.
print(dict(zip("abc", range(3))), dict(enumerate("xy")), dict({"a": 1}.items()))
d = {"k": 1}
d.update(zip(["k", "m"], [5, 6]))
print(d)
try:
    dict([(1, 2), (3,)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    dict(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
d2 = {1: 1}
d2.update(d2.items())
print(d2, dict(zip([[1]], [2])) if False else "ok")
try:
    dict(zip([[1]], [2]))
except TypeError as e:
    print(e)
