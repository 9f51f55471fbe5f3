# Set methods.
s = {1, 2, 3}
s.add(4); s.add(1)
print(sorted(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3}
b = [2, 3, 4]
print(sorted(a.union(b)), sorted(a.union(b, (10,))))
print(sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint([3]))
t = {1, 2}
t.update([5, 6], (7,))
print(sorted(t))
t.intersection_update({1, 5, 7, 9})
print(sorted(t))
t.difference_update([1])
print(sorted(t))
t.symmetric_difference_update({5, 8})
print(sorted(t))
u = t.copy()
u.add(100)
print(sorted(t), sorted(u))
u.clear()
print(u, len(u))
print(sorted({3, 1, 2}.union()))
