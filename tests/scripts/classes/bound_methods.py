# Functions on the class become bound methods on instances.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = c.inc
print(type(m).__name__)
print(m(), m(5), c.n)
print(m.__self__ is c)
print(m.__func__ is Counter.inc)
print(type(Counter.inc).__name__)
print(Counter.inc(c, 10))
print(c.inc == c.inc, c.inc is c.inc)
print(m.__name__, m.__qualname__)
fs = [c.inc, c.inc]
for f in fs:
    f()
print(c.n)
c.inc = lambda: 'shadowed'
print(c.inc())
print(Counter.inc(c), c.n)
