# Nested comprehensions: matrices and flattening.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([v for row in matrix for v in row if v % 2 == 0])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print({r: [c for c in range(r)] for r in range(4)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print(sum(sum(row) for row in matrix))
print([[c for c in w] for w in ['ab', 'cd']])
