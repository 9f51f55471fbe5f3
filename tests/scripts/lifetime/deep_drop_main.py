# Deep structures freed on the main stack: each drop is parked past a few
# dozen levels and freed in a loop, as CPython's "trashcan" does.
l = []
for i in range(1_000_000):
    l = [l]
del l
print("list freed")
t = ()
for i in range(300_000):
    t = (t, i)
del t
print("tuple freed")

class Link:
    def __init__(self, nxt):
        self.nxt = nxt

head = None
for i in range(300_000):
    head = Link(head)
head = None
print("instance chain freed")
