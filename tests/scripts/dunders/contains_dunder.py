# __contains__, and the fallback to __iter__ or __getitem__ for `in`.
class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0
class IterOnly:
    def __iter__(self):
        print('iter called')
        return iter([1, 2, 3])
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class Truthy:
    def __contains__(self, x):
        return 'yes'

print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(2 in IterOnly(), 9 in IterOnly())
print(20 in GetItemOnly(), 25 in GetItemOnly())
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print('TypeError:', e)
