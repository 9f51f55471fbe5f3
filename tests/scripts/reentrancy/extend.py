# Filling a list from an iterator that changes it: the items go in one by
# one as they come, as in CPython.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


l = [1, 2, 3]
def appending():
    for i in range(3):
        l.append(i)
        yield i
l.extend(appending())
print(l)

l = [1, 2, 3]
def clearing():
    for i in range(3):
        l.clear()
        yield i
l += clearing()
print(l)

l = [1, 2, 3]
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        l.append(-self.n)
        return self.n
l.extend(It())
print(l)

# What came before an error stays.
l = [1]
def failing():
    yield 2
    yield 3
    raise ValueError('stop')
show(lambda: l.extend(failing()))
print(l)
l = [1]
try:
    l += failing()
except ValueError as e:
    print('ValueError', e)
print(l)

# Extending a list with itself copies it first.
l = [1, 2]
l.extend(l)
print(l)
l += l
print(l)
t = (1, 2)
l = list(t)
l.extend(t)
print(l)

# list.__init__ empties the list, then fills it as extend does.
l = [1, 2, 3]
def watching():
    for i in range(3):
        l.append(i)
        yield i
l.__init__(watching())
print(l)
l = [1, 2, 3]
l.__init__(l)
print(l)

# A list comprehension over a list that the body changes.
l = [1, 2, 3]
out = [l.pop() for x in l]
print(out, l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
l = [1, 2, 3]
it = reversed(l)
print(next(it))
l.clear()
show(lambda: next(it))
l = [1, 2, 3]
it = reversed(l)
l.append(4)
print(list(it))

# map / filter / any over a list that empties.
l = [1, 2, 3]
def drain(x):
    l.clear()
    return x
print(list(map(drain, l)))
l = [1, 2, 3]
print(list(filter(drain, l)))
l = [1, 2, 3]
print(sum(l), any(drain(x) for x in l))
l = [1, 2, 3]
print(tuple(drain(x) for x in l), l)
l = [1, 2, 3]
print(list(enumerate(drain(x) for x in l)))
l = [5, 6]
print(list(zip(l, map(drain, l))))
print(','.join(str(drain(x)) for x in ['a', 'b']))
