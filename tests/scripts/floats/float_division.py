# True division results and float division by zero.
print(1 / 2, 3 / 2, -3 / 2)
print(10 / 3)
print(2 / 3)
print(1 / 7)
print(22 / 7)
print(1e10 / 3)
print(0 / 5, -0 / 5, 0.0 / -5)
print(5.0 // 2, 5.0 % 2, -5.0 // 2, -5.0 % 2)
print(5.5 % 1, -5.5 % 1)
print(1e300 / 1e-300)
print(7 / 0.5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.5 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.5, 0)
except ZeroDivisionError as e:
    print(e)
