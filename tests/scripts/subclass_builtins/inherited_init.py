# __init__ inherited from a user base class that is itself a list subclass.
class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for it in items:
            self.append(it)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError('%s expected, got %s' % (self.kind.__name__, type(x).__name__))
        super().append(x)

    def __repr__(self):
        return '%s<%s>%s' % (type(self).__name__, self.kind.__name__, list.__repr__(self))

class IntList(TypedList):
    def total(self):
        return sum(self)

class Names(TypedList):
    def __init__(self, items=()):
        super().__init__(str, items)

i = IntList(int, [1, 2, 3])
print(i, i.total(), i.kind.__name__, len(i))
i.append(4)
print(i, i.total())
try:
    i.append('5')
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    IntList(int, [1, 2.5])
except TypeError as e:
    print(type(e).__name__, str(e))
n = Names(['bo', 'al'])
n.append('cy')
print(n, sorted(n), type(sorted(n)).__name__)
try:
    Names([1])
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    IntList()
except TypeError as e:
    print(type(e).__name__, str(e))
print(IntList.__init__ is TypedList.__init__, Names.__init__ is TypedList.__init__)
print([c.__name__ for c in IntList.__mro__])
