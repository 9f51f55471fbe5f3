# del on names, items, slices and attributes-free targets.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)
