# TypeError messages: not callable, not iterable, not subscriptable.
class P:
    pass

def show(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)

p = P()
show(lambda: p())
show(lambda: iter(p))
show(lambda: list(p))
show(lambda: [x for x in p])
def unpack():
    a, b = p
show(unpack)
show(lambda: p[0])
def setitem():
    p[0] = 1
show(setitem)
def delitem():
    del p[0]
show(delitem)
show(lambda: len(p))
show(lambda: P[0])
show(lambda: 'x' in p)
def loop():
    for _ in p:
        pass
show(loop)
class OnlyIter:
    def __iter__(self):
        return 5
show(lambda: iter(OnlyIter()))
