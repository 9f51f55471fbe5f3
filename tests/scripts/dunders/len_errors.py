# __len__ must return a non-negative int.
class Neg:
    def __len__(self):
        return -1
class Float:
    def __len__(self):
        return 2.5
class Str:
    def __len__(self):
        return '3'
class Big:
    def __len__(self):
        return 2 ** 100
class BoolLen:
    def __len__(self):
        return True

for cls in (Neg, Float, Str, Big):
    try:
        len(cls())
    except (ValueError, TypeError, OverflowError) as e:
        print(cls.__name__, type(e).__name__ + ':', e)
try:
    bool(Neg())
except ValueError as e:
    print('bool ValueError:', e)
print(len(BoolLen()))
try:
    len(object())
except TypeError as e:
    print('TypeError:', e)
