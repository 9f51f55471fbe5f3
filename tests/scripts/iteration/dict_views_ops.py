# Membership, len and set operations on dict views.
d = {'a': 1, 'b': 2, 'c': 3}
print('a' in d.keys(), 'z' in d.keys())
print(2 in d.values(), 9 in d.values())
print(('a', 1) in d.items(), ('a', 2) in d.items())
print(len(d.keys()), len(d.values()), len(d.items()))
print(list(d.items()))
print(sorted(d.keys() & {'a', 'z'}))
print(sorted(d.keys() | {'z'}))
print(sorted(d.keys() - {'b'}))
print(sorted(d.keys() ^ {'a', 'q'}))
print(type(d.keys() & {'a'}).__name__)
print(d.keys() == {'a', 'b', 'c'}, d.keys() == {'a'})
print(d.keys() <= {'a', 'b', 'c', 'd'}, d.keys() < {'a', 'b', 'c'})
print(d.keys().isdisjoint({'x', 'y'}), d.keys().isdisjoint(['a']))
print(sorted(d.items() & {('b', 2), ('c', 4)}))
e = {'b': 0, 'c': 0, 'd': 0}
print(sorted(d.keys() & e.keys()))
print(sorted(d.keys() - e.keys()))
try:
    d.values() & {1}
except TypeError as err:
    print('TypeError:', err)
print(d.values() == d.values())
