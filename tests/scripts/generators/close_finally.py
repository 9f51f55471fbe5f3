# finally runs on close(), also when the consumer breaks out early.
def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print('finally', name)

g = gen('a')
print(next(g), next(g))
g.close()
print('after close a')

g2 = gen('b')
for v in g2:
    print('v', v)
    if v == 2:
        break
print('broke out')
g2.close()
print('after close b')

g3 = gen('c')
for v in g3:
    pass
print('exhausted c')
g3.close()
print('close on exhausted: nothing printed')
