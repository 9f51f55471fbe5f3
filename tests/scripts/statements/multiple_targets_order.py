# Evaluation order in assignments and swaps.
def v(n):
    print('value', n)
    return n
a = [0, 0, 0]
def idx(n):
    print('index', n)
    return n
a[idx(0)] = v(10)
a[idx(1)], a[idx(2)] = v(20), v(30)
print(a)
i = 0
lst = [1, 2, 3]
i, lst[i] = 1, 99
print(i, lst)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
p = q = v('shared')
print(p, q)
