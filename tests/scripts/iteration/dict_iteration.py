# Iterating dicts and their views; insertion order is kept.
d = {'z': 26, 'a': 1, 'm': 13}
for key in d:
    print('key', key)
for value in d.values():
    print('value', value)
for key, value in d.items():
    print('item', key, value)
print(list(d), list(enumerate(d)))
print(sorted(d), sorted(d.values()), sorted(d.items()))
print(max(d), max(d.values()), min(d.items()))
print(sum(d.values()), any(d), all(d.values()))
d['a'] = 100
print(list(d.items()))
del d['z']
d['z'] = 0
print(list(d))
print(dict(d.items()) == d, dict(zip(d.keys(), d.values())) == d)
print({v: k for k, v in d.items()})
a, b, c = d
print(a, b, c)
(k1, v1), *rest = d.items()
print(k1, v1, rest)
