# List comparison, equality, nesting and copying.
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0])
print([[1, 2], [3]] == [[1, 2], [3]])
print(['a', 'b'] < ['a', 'c'])
print([1, 2] == (1, 2))
nested = [[1, [2, 3]], [4]]
print(nested[0][1][1], len(nested), len(nested[0]))
shallow = nested.copy()
shallow[1].append(5)
print(nested)
shallow[0] = 'replaced'
print(nested, shallow)
sliced = nested[:]
print(sliced == nested, sliced is nested)
print(max([[1, 2], [1, 3], [0, 9]]))
print([1, [2, [3, [4]]]])
print(list('abc'), list(range(3)), list((1, 2)), list({1: 2}))
print(len([[]] * 3), [[]] * 3)
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(e)
