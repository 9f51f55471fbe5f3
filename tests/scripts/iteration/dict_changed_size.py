# Mutating a dict while iterating over it.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(d))

d2 = {1: 1, 2: 2}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d2)

d3 = {1: 'x', 2: 'y'}
for k in d3:
    d3[k] = d3[k] * 2
print(d3)

d4 = {1: 1, 2: 2, 3: 3}
for k in list(d4):
    if k % 2:
        del d4[k]
print(d4)

d5 = {'x': 1}
try:
    for v in d5.values():
        d5['y'] = 2
except RuntimeError as e:
    print('values:', e)

s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('set:', e)
