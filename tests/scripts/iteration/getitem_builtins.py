# Builtins over a __getitem__-only class.
class Letters:
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

L = Letters('cab')
print(list(L), tuple(L))
print(sorted(L), min(L), max(L))
print(''.join(L), '-'.join(Letters('xyz')))
print(list(enumerate(L, 1)))
print(list(zip(L, Letters('123'))))
print(list(map(str.upper, L)), list(filter(lambda c: c != 'a', L)))
print(any(c == 'b' for c in L), all(L))
print(sorted(set(L)), len(frozenset(L)))
print(dict.fromkeys(L, 1))
lst = []
lst.extend(L)
print(lst)
x, y, z = L
print(x, y, z)
print('a' in L, 'q' in L)
print(sum(Letters([1, 2, 3])))

class Stops(object):
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(Stops()))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)

try:
    list(KeyErr())
except KeyError as e:
    print('KeyError propagates:', e)
