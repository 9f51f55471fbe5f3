# enumerate and zip.
names = ['ann', 'bob', 'cy']
print(list(enumerate(names)))
print(list(enumerate(names, 1)))
print(list(enumerate(names, start=-1)))
for i, n in enumerate('xy', 10):
    print(i, n)
ages = [30, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, 'pq')))
print(list(zip()))
print(list(zip('abc')))
print(dict(zip(names, range(3))))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(enumerate(zip('ab', 'cd'))))
