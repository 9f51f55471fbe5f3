# splitlines with and without keepends.
s = 'one\ntwo\r\nthree\rfour\n\nfive'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print('trailing\n'.splitlines())
print('trailing\n'.split('\n'))
print(''.splitlines())
print('\n'.splitlines())
print('no newline'.splitlines())
print('a\x0bb\x0cc\x1cd'.splitlines())
text = """first
second

fourth"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
