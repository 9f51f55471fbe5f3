# `in` uses __contains__, then __iter__, then __getitem__.
class WithContains:
    def __contains__(self, x):
        print('__contains__', x)
        return x == 'yes'

    def __iter__(self):
        print('never used')
        return iter([])

print('yes' in WithContains(), 'no' in WithContains())
print('no' not in WithContains())

class WithIter:
    def __iter__(self):
        for v in [1, 2, 3, 4]:
            print('iter gives', v)
            yield v

print(2 in WithIter())
print(9 in WithIter())

class WithGetitem:
    def __getitem__(self, i):
        print('getitem', i)
        if i > 2:
            raise IndexError
        return i * 10

print(10 in WithGetitem())
print(15 in WithGetitem())

it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
print(1 in map(int, '123'), 'x' in 'xyz', (1, 2) in [(1, 2)])
gen = (x for x in range(5))
print(4 in gen, 0 in gen)
