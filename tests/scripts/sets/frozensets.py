# frozenset is immutable and hashable.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f))
print(f == {1, 2, 3}, f | {4} == frozenset({1, 2, 3, 4}))
print(type(f | {4}).__name__, type({4} | f).__name__)
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({2}), frozenset({1})}
print(len(nested))
print(frozenset(), frozenset([5]))
print(sorted(f & frozenset([2, 3, 9])))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(f.issubset(range(5)), f.isdisjoint({7}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
