# Plain, chained, tuple and nested assignment targets.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = 'hi'
print(m, n)
i, (j, [k, l]) = 1, (2, [3, 4])
print(i, j, k, l)
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'last'
print(lst)
d = {}
d['a'] = d['b'] = 1
print(d)
t = 1,
print(t)
u, = [99]
print(u)
e = f = []
e.append(1)
print(f)
nums = [1, 2, 3]
nums[1:2] = [20, 21]
print(nums)
