# Iteration with only __getitem__ stops at IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print('getitem', i)
        if i >= self.n:
            raise IndexError(i)
        return i * i

print(list(Squares(3)))
for v in Squares(2):
    print('value', v)
a, b = Squares(2)
print(a, b)
it = iter(Squares(1))
print(type(it).__name__)
print(next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stopper()))
