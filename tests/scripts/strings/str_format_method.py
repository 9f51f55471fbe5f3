# str.format basics (more in the formatting area).
print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {1[key]}'.format([10, 20], {'key': 'v'}))
print('{{literal}} {}'.format('x'))
print('{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'))
print('{!r} {!s}'.format('hi', 'hi'))
print('{:.3}'.format('abcdef'))
print('{:*^11}'.format('mid'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
