# isinstance/issubclass with builtins, and super() through two levels.
class A(list):
    def __init__(self, items=()):
        print('A.__init__')
        super().__init__(items)

    def append(self, x):
        print('A.append', x)
        super().append(x)

class B(A):
    def __init__(self, items=()):
        print('B.__init__')
        super().__init__(sorted(items))

    def append(self, x):
        print('B.append', x)
        super().append(x * 2)

b = B([3, 1, 2])
print(b)
b.append(5)
print(b, len(b))
print(isinstance(b, B), isinstance(b, A), isinstance(b, list), isinstance(b, tuple))
print(isinstance(b, (dict, list)), isinstance([], A))
print(issubclass(B, A), issubclass(B, list), issubclass(B, object), issubclass(list, A))
print(issubclass(A, (str, list)), issubclass(bool, int))
print(type(b) is list, type(b) is B, type(b) is A, type(b).__name__)
print(type(b) == B, list in type(b).__mro__)
print([c.__name__ for c in B.__mro__])
print(B.__base__.__name__, A.__base__.__name__, list.__base__.__name__)
print([c.__name__ for c in list.__subclasses__() if c in (A, B)])
print([c.__name__ for c in A.__subclasses__()])
a = A()
a.append(1)
print(a, b)
print(list.append(b, 'raw'), b)
super(B, b).append(7)
super(A, b).append(8)
print(b)
