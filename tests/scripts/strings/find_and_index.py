# find/rfind/index/rindex with ranges and errors.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'))
print(s.find('o'), s.rfind('o'))
print(s.find('o', 5), s.find('o', 5, 7))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find(''), s.rfind(''))
print(s.find('hello', 1), s.find('hello', -12))
print(s.index('world'), s.rindex('l'))
print(s.index('o', -5))
try:
    s.index('xyz')
except ValueError as e:
    print(e)
try:
    s.rindex('q')
except ValueError as e:
    print(e)
print('abc'.find('c', 10))
print('aaa'.rfind('a', 0, 2))
print('mississippi'.find('ss'), 'mississippi'.rfind('ss'))
print('mississippi'.index('i', 2, 6))
