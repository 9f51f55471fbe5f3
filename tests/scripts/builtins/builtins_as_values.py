# Builtin functions can be stored and passed around.
fs = [len, str, repr, abs, bool]
for f in fs:
    print(f([-1]) if f is not abs else f(-1))
table = {'sum': sum, 'max': max, 'min': min, 'sorted': sorted}
data = [4, 1, 3]
for name in ['sum', 'max', 'min', 'sorted']:
    print(name, table[name](data))
print(list(map(len, ['a', 'bb'])), list(map(str, [1, 2])))
print(print)
print(len)
print(sorted(['b', 'a'], key=str.upper))
p = print
p('printed via alias')
