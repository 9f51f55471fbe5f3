# Adjacent string literals are concatenated at compile time.
print('a' 'b' 'c')
print("hello, " 'world')
s = ('one '
     'two '
     "three")
print(s)
print('x' r'\n' 'y')
print(len('ab' 'cd'))
x = 5
print(f'{x}' ' and ' f'{x + 1}')
print('' '' '')
print(repr('a' """b""" '''c'''))
print(('pre' 'fix').upper())
