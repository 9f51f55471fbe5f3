# partition and rpartition.
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('no separator'.partition('='))
print('no separator'.rpartition('='))
print('=start'.partition('='))
print('end='.rpartition('='))
print('a::b::c'.partition('::'))
print('a::b::c'.rpartition('::'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
print(''.partition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
