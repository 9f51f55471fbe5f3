# split/rsplit with separators and maxsplit, and join.
s = 'a,b,,c,d'
print(s.split(','))
print(s.split(',', 1))
print(s.split(',', maxsplit=2))
print(s.rsplit(',', 1))
print(s.rsplit(',', maxsplit=2))
print('  many   spaces here  '.split())
print('  many   spaces here  '.split(None, 1))
print('  many   spaces here  '.rsplit(None, 1))
print('a b c'.split(' ', 0))
print(''.split(), ''.split(','))
print('abc'.split('abc'))
print('one<>two<>three'.split('<>'))
print('x\ty\nz'.split())
print('-'.join(['a', 'b', 'c']))
print(''.join([]))
print(', '.join('xyz'))
print(' '.join(str(i) for i in range(5)))
print('\n'.join(['l1', 'l2']))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
