# Comprehension variables do not leak; they have their own scope.
x = 'outer'
result = [x for x in range(3)]
print(result, x)
i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)
c = 'c'
print(sorted({c for c in 'abc'}), c)
print(list(y for y in range(2)))
try:
    print(y)
except NameError as e:
    print(e)
n = 10
print([n + k for k in range(3)])
def f():
    m = 5
    return [m * k for k in range(3)]
print(f())
data = [[1, 2], [3]]
print([len(data) for data in data])
print(data)
