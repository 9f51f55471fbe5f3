# !r, !s and !a conversions and ascii().
s = 'café ☕'
print('{!r}'.format(s))
print('{!a}'.format(s))
print('{!s}'.format(s))
print(f'{s!a}')
print(ascii(s))
print(ascii('plain'))
print(ascii(['é', 1]))
print(ascii('\U0001F600'))
print(repr('\t'), ascii('\t'))
print(f'{42!r} {42!s} {42!a}')
print(f'{None!r}')
print('{0!r:>10}|'.format('x'))
