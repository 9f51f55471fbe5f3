# Overridden dunders on a list subclass: which builtin operations use them.
class Logged(list):
    def __getitem__(self, i):
        print('  getitem', i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print('  setitem', i, v)
        super().__setitem__(i, v * 100)

    def __len__(self):
        return super().__len__() + 1000

    def __repr__(self):
        return 'Logged' + super().__repr__()

    def __eq__(self, other):
        print('  eq')
        return sorted(self) == sorted(other)

x = Logged([3, 1, 2])
print('index:', x[0])
print('slice:', x[0:2])
x[1] = 5
print('after set:', list.__repr__(x))
print('len:', len(x))
print('bool:', bool(x))
print('for loop:')
for v in x:
    print('  item', v)
print('list():', list(x))
print('in:', 500 in x, 5 in x)
print('sorted:', sorted(x))
print('print:')
print(x)
print('str:', str(x))
print('in a list:', [x])
print('==:', x == [3, 500])
print('== order-free:', x == [500, 2, 3])
print('!= (list.__ne__, not inverted __eq__):', x != [500, 2, 3])
x.append(7)
print('append skips setitem:', list.__repr__(x))
print('list.__len__:', list.__len__(x))

class Empty(list):
    def __len__(self):
        return 0

e = Empty([1, 2])
print('bool uses __len__:', bool(e), len(e), list(e), 'yes' if e else 'no')
