# Errors raised by list methods.
a = [1, 2, 3]
try:
    a.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    a.remove(9)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    a.pop(10)
except IndexError as e:
    print('IndexError:', e)
try:
    a[3]
except IndexError as e:
    print('IndexError:', e)
try:
    a[-4] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    a['0']
except TypeError as e:
    print('TypeError:', e)
try:
    a.index(1, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    [3, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
try:
    a + (4,)
except TypeError as e:
    print('TypeError:', e)
print(a)
