# super().__init__ and super().append inside overridden list methods.
class Stack(list):
    def __init__(self, items=(), limit=3):
        self.limit = limit
        super().__init__(items)
        print('init with', list(items), 'limit', limit)

    def append(self, x):
        if not isinstance(x, int):
            raise TypeError('only ints, got ' + type(x).__name__)
        if len(self) >= self.limit:
            raise OverflowError('stack full at %d' % self.limit)
        super().append(x)

s = Stack([1, 2])
print(s, len(s), s.limit)
s.append(3)
print(s)
for bad in ('x', 4):
    try:
        s.append(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, str(e))
print(s)
# list methods that do not go through the overridden append
s.extend([5, 6])
s.insert(0, 'zero')
print(s, len(s))
e = Stack()
print(e, e.limit, bool(e))
e.append(10)
print(e)
t = Stack('ab', limit=5)
print(t, t.limit)
try:
    t.append('c')
except TypeError as e:
    print(type(e).__name__, str(e))
print(list.append is Stack.append, 'append' in Stack.__dict__)
