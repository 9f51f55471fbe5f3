# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('while finished normally')
k = 10
while k > 0:
    k -= 3
    if k < 5:
        print('breaking at', k)
        break
else:
    print('not printed')
while False:
    pass
else:
    print('else runs on zero iterations')
i = 0
while True:
    i += 1
    if i >= 3:
        break
print('i =', i)
