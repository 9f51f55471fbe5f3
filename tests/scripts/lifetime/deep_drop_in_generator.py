# Deep structures freed inside a generator that runs on its own (small)
# stack: a list nested a million deep, a chain of 200,000 slotted instances,
# an exception chain 50,000 long, a dict nested 100,000 deep. Freeing them
# must not recurse once per level.
def gen():
    x = []
    for i in range(1_000_000):
        x = [x]
    try:
        yield "list built"
        del x
        yield "list freed"
    finally:
        print("finally ran")

g = gen()
print(next(g))
print(next(g))
g.close()

class Node:
    __slots__ = ("next",)

def chain():
    head = None
    for i in range(200_000):
        n = Node()
        n.next = head
        head = n
    d = {}
    for i in range(100_000):
        d = {"inner": d}
    e = None
    for i in range(50_000):
        try:
            raise ValueError(i)
        except ValueError as err:
            err.__context__ = e
            e = err
    try:
        yield "chains built"
        del head, n, d, e
        yield "chains freed"
    finally:
        pass

c = chain()
print(next(c))
print(next(c))
print("done")
