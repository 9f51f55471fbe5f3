# center/ljust/rjust/zfill.
s = 'abc'
print('[' + s.center(9) + ']')
print('[' + s.center(8) + ']')
print('[' + s.center(9, '*') + ']')
print('[' + s.ljust(6) + ']', '[' + s.rjust(6) + ']')
print('[' + s.ljust(6, '.') + ']', '[' + s.rjust(6, '-') + ']')
print('[' + s.center(2) + ']', '[' + s.ljust(0) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3))
print(''.zfill(3))
print('ab'.center(5, '0'), 'a'.center(4, '0'))
for name, qty in [('apple', 3), ('kiwi', 12), ('watermelon', 100)]:
    print(name.ljust(12) + str(qty).rjust(5))
try:
    s.center(10, '**')
except TypeError as e:
    print(e)
