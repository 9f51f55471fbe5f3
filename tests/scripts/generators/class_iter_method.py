# __iter__ written as a generator method.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c))
print(list(c))
it = iter(c)
print(type(it).__name__)
print(next(it), next(it))
print(2 in c, 5 in c)
a, b, d = c
print(a, b, d)
print(sorted(c), sum(c), max(c))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t))
print(list(t.leaves()))
print(type(t.leaves()).__name__)
