# for loops with else, break and continue.
for i in range(3):
    print('i', i)
else:
    print('done without break')
for word in ['apple', 'banana', 'cherry']:
    if word.startswith('b'):
        print('found', word)
        break
else:
    print('not printed')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else')
for c in 'abcdef':
    if c in 'bd':
        continue
    print(c, end=' ')
print()
for i, c in enumerate('xyz'):
    pass
print('after loop', i, c)
