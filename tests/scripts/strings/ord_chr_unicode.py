# ord/chr and unicode text lengths.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'))
print(chr(65), chr(97), chr(48), repr(chr(10)))
print(ord('é'), ord('€'), ord('😀'))
print(chr(233), chr(8364), chr(128512))
print(len('héllo'), len('日本語'), len('😀😀'), len('e\u0301'))
s = 'naïve café 日本'
print(s.upper())
print(s[2], s[-1], s[::-1])
print([ord(c) for c in 'abc'])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print('日本語'.split('本'), len('日本語'.split('本')))
print('αβγ'.upper(), 'ΑΒΓ'.lower())
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
print(repr('日本'), repr('\u200b'), repr('\x7f'))
print('über'.capitalize(), 'ß'.upper())
