# Producer and consumer interleave.
def producer():
    for i in range(3):
        print('produce', i)
        yield i
    print('producer done')

for v in producer():
    print('consume', v)

print('---')
g = producer()
print('created, nothing produced yet')
print('next ->', next(g))
print('between')
print('next ->', next(g))

print('---')
def noisy(x):
    print('square', x)
    return x * x

ge = (noisy(x) for x in range(3))
print('genexpr built')
for v in ge:
    print('got', v)

print('---')
def stage(name, it):
    for x in it:
        print(name, x)
        yield x

for v in stage('B', stage('A', range(2))):
    print('end', v)
