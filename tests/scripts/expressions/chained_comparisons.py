# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10)
print(1 < x > 10)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 > 1 < 3)
print(3 == 3 == 3)
print(3 == 3 != 4)
print(1 <= 1 >= 1)
print(x is x is not None)
print(2 in [1, 2] in [[1, 2]])
def show(v):
    print('eval', v)
    return v
print(show(1) < show(2) < show(3))
print(show(3) < show(2) < show(1))
print(show(1) == show(1) != show(1))
a, b, c = 1, 2, 3
print(a < b < c, c > b > a, a < c < b)
print([1, 2] < [1, 3] < [2])
print('a' < 'b' <= 'b' < 'c')
