# Dicts keep insertion order; deleting and reinserting moves a key to the end.
d = {}
for k in ['zebra', 'apple', 'mango', 'kiwi']:
    d[k] = len(k)
print(d)
print(list(d))
d['apple'] = 99
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
d.pop('mango')
d['mango'] = 1
print(list(d))
merged = {'b': 1, 'a': 2}
merged.update({'c': 3, 'b': 4})
print(merged)
print({3: 'c', 1: 'a', 2: 'b'})
print(dict(zip('cab', range(3))))
for k, v in d.items():
    print(k, v)
