# len() and range objects.
print(len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
print(list(range(-5, -1)), list(range(5, 0)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 0)))
r = range(0, 20, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2])
print(list(r[::-1]))
print(8 in r, 9 in r, 20 in r, -4 in r)
print(r.index(12), r.count(4), r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    r[10]
except IndexError as e:
    print(e)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(len(range(-10, 10, 7)), list(range(-10, 10, 7)))
