# Iterating strings and tuples, nested loops, and loop variable rebinding.
for ch in 'héllo':
    print(ch, end=' ')
print()
print(list('a b'), tuple('xy'))
for a, b in ((1, 2), (3, 4)):
    print(a * b)
word = 'abc'
for i, ch in enumerate(word):
    word = 'zzzzzz'
    print(i, ch)
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
    print('n', n)
items = [0, 1, 2, 3]
for x in items:
    items.remove(x)
print(items)
for x in []:
    pass
else:
    print('empty for-else')
print([c for c in 'hey' if c != 'e'])
print(list(map(ord, 'AB')), ''.join(reversed('stressed')))
