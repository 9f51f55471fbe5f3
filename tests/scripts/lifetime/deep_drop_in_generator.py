# Deep structures freed inside a generator that runs on its own (small)
# stack (a `yield` inside an expression keeps a generator stackful): a list
# nested a million deep, a chain of 100,000 slotted instances, an exception
# chain 20,000 long, a dict nested 50,000 deep. Freeing them must not
# recurse once per level.
def gen():
    x = []
    for i in range(1_000_000):
        x = [x]
    try:
        str((yield "list built"))
        del x
        str((yield "list freed"))
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
    for i in range(100_000):
        n = Node()
        n.next = head
        head = n
    d = {}
    for i in range(50_000):
        d = {"inner": d}
    e = None
    for i in range(20_000):
        try:
            raise ValueError(i)
        except ValueError as err:
            err.__context__ = e
            e = err
    try:
        str((yield "chains built"))
        del head, n, d, e
        str((yield "chains freed"))
    finally:
        pass

c = chain()
print(next(c))
print(next(c))
print("done")
