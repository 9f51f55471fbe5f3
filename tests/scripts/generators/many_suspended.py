# 75,000 generators suspended at once, inside try, with and yield from:
# more than a process may have memory mappings, so none of them may need
# a stack mapping of its own.
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def guarded(i):
    try:
        x = yield i
        yield x
    finally:
        pass

def managed(i):
    with Manager():
        yield i

def delegating(i):
    r = yield from guarded(i)
    yield r

live = []
for make in (guarded, managed, delegating):
    for i in range(25_000):
        g = make(i)
        next(g)
        live.append(g)
print(len(live))
print(sum(g.send(1) or 0 for g in live[:10]))
