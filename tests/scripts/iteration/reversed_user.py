# reversed() on user classes: __reversed__, or __len__ + __getitem__.
class WithReversed:
    def __iter__(self):
        return iter([1, 2, 3])

    def __reversed__(self):
        print('__reversed__ called')
        return iter(['custom', 'order'])

print(list(reversed(WithReversed())))
print(list(WithReversed()))

class SeqLike:
    def __len__(self):
        print('__len__ called')
        return 3

    def __getitem__(self, i):
        print('__getitem__', i)
        return 'abc'[i]

r = reversed(SeqLike())
print(type(r).__name__)
print(list(r))

class OnlyGetitem:
    def __getitem__(self, i):
        return i

try:
    reversed(OnlyGetitem())
except TypeError as e:
    print('TypeError:', e)

class OnlyIter:
    def __iter__(self):
        return iter([1])

try:
    reversed(OnlyIter())
except TypeError as e:
    print('TypeError:', e)

class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

try:
    reversed(NoneReversed())
except TypeError as e:
    print('TypeError:', e)
