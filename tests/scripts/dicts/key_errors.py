# KeyError messages and membership.
d = {'x': 1, 2: 'two', (1, 2): 'tuple'}
print('x' in d, 'y' in d, 2 in d, (1, 2) in d, 1 not in d)
for key in ['y', 3, (3, 4), '']:
    try:
        d[key]
    except KeyError as e:
        print('KeyError:', e, repr(e), e.args)
try:
    {}.pop('nope')
except KeyError as e:
    print('pop:', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem:', e)
try:
    del d['gone']
except KeyError as e:
    print('del:', e)
try:
    d[[1]] = 0
except TypeError as e:
    print('TypeError:', e)
print(d[2], d[(1, 2)])
