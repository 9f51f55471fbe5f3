# Slice assignment and deletion, including extended slices.
a = list(range(10))
a[2:5] = ['a', 'b']; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [100]; print(a)
a[1:3] = []; print(a)
a[::2] = ['E'] * len(a[::2]); print(a)
del a[1::2]; print(a)
b = [0, 1, 2, 3, 4, 5]
b[1:5] = 'xyz'; print(b)
b[:] = [9]; print(b)
c = [1, 2, 3, 4, 5, 6]
c[::-2] = [60, 40, 20]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
d = list(range(8))
del d[::-3]; print(d)
del d[:]; print(d)
e = [1, 2, 3]
e[5:10] = [4]; print(e)
e[-1:] = [7, 8]; print(e)
f = [1, 2, 3]
f[1:1] = [1.5, 1.75]; print(f)
