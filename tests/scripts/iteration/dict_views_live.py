# dict views are live.
d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
print(k)
print(v)
print(it)
d['c'] = 3
print(k)
print(v)
print(it)
del d['a']
print(k, len(k), len(v), len(it))
d.clear()
print(k, v, it, len(k))
d.update(x=9)
print(list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
