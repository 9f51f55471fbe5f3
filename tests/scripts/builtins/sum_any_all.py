# sum with start, any and all.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(()))
print(sum([0.1] * 3), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(range(1, 11), start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
print(any([]), all([]))
print(any([0, '', None]), any([0, 1]))
print(all([1, 'a', [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(sum(x for x in range(10) if x % 2))
print(sum([True, True, False]))
