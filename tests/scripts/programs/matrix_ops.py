# Matrix operations with nested lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    for row in m:
        print(' '.join(f'{v:5}' for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(2), [[5, 6], [7, 8]]))
print(det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
m = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(30):
    p = matmul(p, m)
print(p)
print([sum(col) for col in zip(*b)], [sum(row) for row in b])
scaled = [[v * 0.5 for v in row] for row in a]
show(scaled)
