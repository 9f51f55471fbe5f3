# in, *, +, comparison on strings.
print('ell' in 'hello', 'xyz' in 'hello', '' in '')
print('ab' * 3, 3 * 'ab', 'x' * 0, 'y' * -2)
print('con' + 'cat')
print('apple' < 'banana', 'apple' < 'Apple', 'a' < 'aa', 'abc' == 'abc')
print('Zebra' < 'apple', 'abc' >= 'abd', 'b' > 'abc')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9']))
print(min('hello'), max('hello'))
print('a' != 'A')
s = 'ab'
s += 'cd'
print(s)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'a' * 1.5
except TypeError as e:
    print(e)
try:
    'a' < 1
except TypeError as e:
    print(e)
print(('-' * 20))
