# Numeric builtins.
print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 20))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(-0.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2))
print(pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(-2, 3))
print(pow(2.0, 3), pow(9, 0.5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
print(max(1, 2.0), min(1, 1.0))
