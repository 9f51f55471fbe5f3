# list * n, +, += and aliasing pitfalls.
print([0] * 5)
print([1, 2] * 3)
print([] * 10, [1] * 0, [1] * -1)
print(2 * ['x'])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = a + [3]
print(a, b)
a += (4, 5)
print(a)
a *= 2
print(a)
c = a
c += [0]
print(a is c, a)
print([1, 2] + [] + [3])
