# Generator expressions have their own scope.
x = 'outer'
g = (x * 2 for x in range(3))
print(x)
print(list(g))
print(x)
print(type(g).__name__)
print(repr(g).startswith('<generator object <genexpr> at 0x'))

n = 10
h = (i + n for i in range(3))
n = 100
print(list(h))

try:
    print(y)
except NameError as e:
    print('NameError:', e)
gy = (y for y in [1])
print(list(gy))
try:
    print(y)
except NameError as e:
    print('still NameError:', e)

def f():
    k = 5
    return (k * i for i in range(3))

print(list(f()))
print(sum(i * j for i in range(3) for j in range(3)))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(v for v in range(10) if v % 3 == 0 if v))
