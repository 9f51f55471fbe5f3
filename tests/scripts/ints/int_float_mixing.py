# Mixed int/float arithmetic and true division.
print(1 + 2.0)
print(3 * 1.5)
print(10 / 2)
print(10 / 4)
print(1 / 3)
print(-7 / 2)
print(2 ** 53 + 1.0)
print(10 ** 20 / 10 ** 10)
print(1 / 10 ** 300)
print(7 / 7)
print(type(4 / 2))
print(0.5 + 1 / 2)
print(True + 0.5)
print(3 - 0.1)
print(100 * 1.1)
print(int(100 * 1.1))
print(10 ** 400 // 10 ** 399)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError:', e)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
