# Set construction, dedup and membership.
print(set([1, 2, 2, 3, 3, 3]) == {1, 2, 3})
print(sorted(set(range(10)) - set(range(0, 10, 3))))
print(len({1, 1.0, True}))
print(set(), type(set()), type({}))
print({1}, {5, 5})
s = set()
for n in [5, 3, 5, 1, 3]:
    s.add(n)
print(sorted(s), len(s))
print(sorted({-1, -5, 10, 0}))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
print(bool(set()), bool({0}))
print(sorted(set((1, 2)) | set([2, 3])))
print(max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
