# zip stops at the shortest and pulls from arguments in order.
def src(tag, n):
    for i in range(n):
        print(tag, 'gives', i)
        yield i
    print(tag, 'exhausted')

print(list(zip(src('A', 2), src('B', 3))))
print('---')
print(list(zip(src('A', 3), src('B', 2))))
print('---')
it = iter(range(6))
print(list(zip(it, it)))
it2 = iter('abcde')
print(list(zip(it2, it2)), list(it2))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
