# Integer division by zero is caught.
for op in ('/', '//', '%'):
    try:
        if op == '/':
            1 / 0
        elif op == '//':
            1 // 0
        else:
            1 % 0
    except ZeroDivisionError as e:
        print(op, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print('divmod', e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('pow', e)
print('still running')
x = 10
x //= 0
print('never')
