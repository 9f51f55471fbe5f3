# range objects are reusable iterables; their iterators are single-use.
r = range(2, 12, 3)
print(list(r), list(r))
print(len(r), r[1], r[-1], 8 in r, 9 in r)
it = iter(r)
print(next(it), list(it), list(it))
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(sum(range(101)), max(range(7)), min(range(-3, 3)))
print(list(reversed(range(0, 10, 4))))
print(list(zip(range(3), range(10, 13))))
print(r.index(5), r.count(5), range(0, 10, 2)[1:3])
print(list(enumerate(range(3, 6))))
for i in range(3):
    i = i * 100
print(i)
