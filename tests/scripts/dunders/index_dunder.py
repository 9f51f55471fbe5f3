# __index__ lets an object be used where an integer index is needed.
class Idx:
    def __init__(self, n=1):
        self.n = n
    def __index__(self):
        return self.n

print([1, 2, 3][Idx()])
print('abcdef'[Idx(2):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))))
print(list(range(Idx(1), Idx(10), Idx(4))))
print((10).__index__(), Idx(7).__index__())
print([0] * Idx(3), 'ab' * Idx(2))
print((1, 2, 3, 4)[Idx(-1)])
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print('TypeError:', e)
class BadIndex:
    def __index__(self):
        return 'x'
try:
    [1][BadIndex()]
except TypeError as e:
    print('TypeError:', e)
try:
    range(NoIndex())
except TypeError as e:
    print('TypeError:', e)
