# deque searched, indexed and extended by Python code that changes it.
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Eq:
    def __init__(self, target, answer=False):
        self.target = target
        self.answer = answer
    def __eq__(self, other):
        self.target.append(0)
        return self.answer
    __hash__ = None


q = deque([1, 2, 3])
show(lambda: Eq(q) in q)
q = deque([1, 2, 3])
show(lambda: q.count(Eq(q)))
q = deque([1, 2, 3])
show(lambda: q.remove(Eq(q)))
q = deque([1, 2, 3])
show(lambda: q.index(Eq(q)))
q = deque([1, 2, 3])
show(lambda: (q.remove(Eq(q, True)), len(q)))


class Clear:
    def __init__(self, target, value):
        self.target = target
        self.value = value
    def __index__(self):
        self.target.clear()
        return self.value


q = deque([1, 2, 3])
show(lambda: q[Clear(q, 1)])
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print('RuntimeError', e)


def growing():
    for i in range(3):
        q.append(i)
        yield i


q = deque([1, 2, 3])
q.extend(growing())
print(q)
q = deque([1, 2, 3], maxlen=4)
q.extend(growing())
print(q)


class ReprClears:
    def __repr__(self):
        q.clear()
        return 'R'


q = deque([ReprClears(), ReprClears()])
show(lambda: repr(q))
