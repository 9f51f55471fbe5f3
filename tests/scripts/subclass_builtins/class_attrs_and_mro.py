# Class attributes and methods on a subclass leave the builtin methods intact.
class Stack(list):
    kind = 'LIFO'
    max_size = 10

    def push(self, x):
        self.append(x)

    def size(self):
        return len(self)

print([c.__name__ for c in Stack.__mro__])
print([c.__name__ for c in Stack.__bases__])
print(Stack.append is list.append, Stack.pop is list.pop, Stack.__len__ is list.__len__)
print('append' in Stack.__dict__, 'push' in Stack.__dict__, 'kind' in Stack.__dict__)
print(hasattr(list, 'push'), hasattr(Stack, 'push'), hasattr(Stack, 'sort'))
s = Stack()
s.push(1)
s.push(2)
print(s, s.size(), s.kind, Stack.max_size)
print(type(s.append).__name__, s.append.__name__, s.append.__self__ is s)
s.kind = 'other'
print(s.kind, Stack.kind, vars(s))
Stack.max_size = 20
print(s.max_size)
print(Stack.__name__, Stack.__qualname__, Stack.__module__)
print(type(Stack).__name__, type(list).__name__)
print(callable(Stack.push), Stack.push(s, 3), s)
print(list.__repr__(s) == repr(s), Stack.__repr__ is list.__repr__)
print(sorted(k for k in Stack.__dict__ if not k.startswith('__')))

class Shadow(list):
    def count(self):
        return 'my count of ' + str(len(self))

sh = Shadow([1, 1, 2])
print(sh.count(), list.count(sh, 1))
try:
    sh.count(1)
except TypeError as e:
    print(type(e).__name__, str(e))
