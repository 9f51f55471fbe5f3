# Iterating dicts and using views.
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f'{k}={v}')
print(sum(d.values()), max(d.values()), max(d, key=d.get))
print(sorted(d), sorted(d.values(), reverse=True))
keys = d.keys()
d['four'] = 4
print(list(keys), len(keys))
print('two' in d.keys(), 2 in d.values(), ('one', 1) in d.items())
print(list(reversed(d)))
print(list(zip(d.keys(), d.values())))
print(len(d), bool(d), bool({}))
try:
    for k in d:
        d['five'] = 5
except RuntimeError as e:
    print('RuntimeError:', e)
