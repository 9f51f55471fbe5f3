# Results sized before they are made (hex, reprs, %-formatting, slices,
# replace, fromhex): the same text as CPython's, edge cases included.
import array

data = bytes(range(1, 8))
for args in [(), (':',), (':', 2), (':', -2), (b'-', 3), (':', 0), (':', 7), (':', -7),
             (':', 100), (':', -100), ('', ), ('ab',), ('\xe9',), (b'\xff',), (1,),
             (':', 2**31), (':', 1.5)]:
    try:
        print(args, data.hex(*args), bytearray(data).hex(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(b''.hex(':'), b'\x00'.hex(':', 1), b'ab'.hex(sep=':', bytes_per_sep=1), b'abc'.hex(bytes_per_sep=2))

for s in ["plain", "it's", 'say "hi"', 'both \' and "', "\x00\x07\n\r\t\\",
          "\x7f\x80\xad\u200b\u2028\ufeff\ue000", "caf\xe9 \u20ac \U0001f600", ""]:
    print(repr(s), ascii(s), len(repr(s)), len(ascii(s)))
    b = s.encode('utf-8', 'replace')
    print(repr(b), repr(bytearray(b)), ascii(b))
print(repr(bytes(range(256))))
print(repr(bytearray(b"'")), repr(bytearray(b"'\"")), repr(bytearray(b'"')))

for fmt, arg in [('%s', 'abc'), ('%.2s', 'abc'), ('%5.2s|', 'abc'), ('%-6s|', 'h\xe9'),
                 ('%r', 'h\xe9'), ('%a', 'h\xe9\U0001f600'), ('%.3r', 'abc'),
                 ('%+d', 5), ('%+06d', -5), ('% d', 5), ('%#x', 255), ('%#08x', 255),
                 ('%#-8o|', 8), ('%08.3f', -1.5), ('%c', 233), ('%5c|', 'x'), ('%.0s|', 'abc')]:
    print(repr(fmt % arg))
print('%s and %s' % ('\xe9' * 3, 'x'), '%(a)s-%(b)r' % {'a': 1, 'b': 'z'})
print('{}{{}}{:>4}|{!r}|{!a}'.format('\xe9', 'x', '\xe9', '\xe9'), '\xe9{0}\xe9{0}'.format(1))

for s in ['hello world', 'h\xe9llo w\xf6rld\U0001f600!', '']:
    for sl in [slice(None), slice(1, None), slice(None, None, -1), slice(None, None, 2),
               slice(-2, 0, -3), slice(3, 1), slice(1, 9, 4), slice(100, None, -2)]:
        print(repr(s[sl]), s.encode()[sl], list(range(9))[sl], end=' ')
    print()

for s, old, new, n in [('aaa', 'a', 'bb', -1), ('aaa', 'a', '', 2), ('abc', '', '-', -1),
                       ('abc', '', '-', 2), ('abc', '', '-', 9), ('', '', 'x', -1),
                       ('h\xe9\xe9', '\xe9', 'e', 1), ('abc', 'zz', 'q', -1), ('aaaa', 'aa', 'b', -1)]:
    print(repr(s.replace(old, new, n)), s.encode().replace(old.encode(), new.encode(), n))

for t in ['', 'ab', 'ab cd\n ef', '\x0b01\x0c', 'abc', 'zz', 'a z', '0\t1', '\xe91', ' 0 1 ']:
    try:
        print(repr(t), bytes.fromhex(t), bytearray.fromhex(t))
    except ValueError as e:
        print(repr(t), e)

print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(array.array('B', [1, 2]), 'little'),
      int.from_bytes([255, 1], 'big', signed=True), int.from_bytes(b'', 'big'))
