# __repr__ and __str__: which is used where.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str only'

b = Both()
print(b)
print(repr(b), str(b))
print([b], (b,), {'k': b})
print(f'{b} {b!r} {b!s}')
print('%s %r' % (b, b))
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s, str(s))
print(repr(s).startswith('<__main__.StrOnly object at 0x'))
print([s][0] is s, repr([s]).startswith('[<__main__.StrOnly object at 0x'))
print('{} {!r}'.format(b, r))
