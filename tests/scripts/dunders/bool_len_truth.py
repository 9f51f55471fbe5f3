# Truth testing uses __bool__, then __len__, else True.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('__bool__')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('__len__')
        return self.n
class Neither:
    pass
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Neither()))
print(bool(Both()), len(Both()))
if L(2):
    print('L(2) is truthy')
print(not B(False))
print(B(False) or 'other')
print([x.n for x in [L(0), L(1)] if x])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
