# isinstance / issubclass with tuples of classes and nested tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)))
print(isinstance(b, (C, int)))
print(isinstance(b, ((C, int), (B,))))
print(issubclass(B, (C, A)))
print(issubclass(C, (A, B)))
print(isinstance(3, (A, int)))
print(isinstance(True, int), issubclass(bool, int))
print(type(b).__name__, type(b) is A, type(b) is B)
try:
    isinstance(b, 'A')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(b, A)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(A, type), isinstance(b, type))
print(issubclass(B, ()))
