# Every iterator answers __next__ and __iter__ like next() and iter().
g = (x * x for x in [1, 2, 3])
print(g.__next__(), next(g), g.__iter__() is g)
it = iter([10, 20])
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
m = map(str, [1, 2])
print(m.__next__(), list(m))
z = zip("ab", [1, 2])
print(z.__next__(), iter(z) is z)
r = iter(range(3))
print(r.__next__(), list(r))
d = iter({"a": 1})
print(d.__next__())
e = enumerate("xy")
print(e.__next__())
def gen():
    yield 1
gg = gen()
print(gg.__next__(), gg.__iter__() is gg)
