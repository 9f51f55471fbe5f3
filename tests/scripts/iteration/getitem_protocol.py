# Old-style iteration via __getitem__, stopping at IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print('getitem', i)
        if i >= self.n:
            raise IndexError('done')
        return i * i

for v in Squares(3):
    print('v', v)
print(list(Squares(4)))
it = iter(Squares(2))
print(type(it).__name__)
print(next(it), next(it), next(it, 'end'))
print(4 in Squares(5))
