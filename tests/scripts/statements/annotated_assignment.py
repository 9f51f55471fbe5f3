# Annotated assignments (annotations are evaluated at module level but not enforced).
x: int = 5
print(x)
y: str = 'text'
print(y)
z: list = [1, 2]
z.append(3)
print(z)
w: float
try:
    print(w)
except NameError as e:
    print('NameError:', e)
def f(a: int, b: 'str' = 'b') -> str:
    result: str = b * a
    return result
print(f(3))
count: int = 0
for i in range(4):
    count += i
print(count)
n: int = 'not checked'
print(n)
