# sort and sorted with key and reverse; stability.
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a'), (3, 'c')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
records = [('ann', 30), ('bob', 25), ('cy', 30), ('dee', 25), ('eve', 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(by_age, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([3.5, -1, 2, 0.0, -2.5]))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
x = [3, 1, 2]
y = sorted(x)
print(x, y, sorted(x) is x)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
print(x.sort())
