# Calling a builtin's __new__ directly with a subclass (or a wrong type).
class Money(int):
    def __new__(cls, amount, currency='EUR'):
        print('Money.__new__')
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

class Stack(list):
    def __init__(self, items=()):
        print('Stack.__init__')
        super().__init__(items)
        self.tag = 'ok'

m = int.__new__(Money, 5)
print(m + 1, type(m).__name__, hasattr(m, 'currency'), int(m))
m2 = Money(6)
print(type(m2).__name__, m2.currency)
s = list.__new__(Stack)
print(s, type(s).__name__, len(s), hasattr(s, 'tag'))
s2 = list.__new__(Stack, [1, 2, 3])
print(s2, len(s2))
s2.__init__([4, 5])
print(s2, s2.tag)
s3 = Stack([9])
print(s3, s3.tag)
print(type(str.__new__(str, 'x')).__name__, float.__new__(float, '2.5'))
t = tuple.__new__(tuple, [1, 2])
print(t, type(t).__name__)
for call in (lambda: int.__new__(str), lambda: int.__new__(float, 1),
             lambda: list.__new__(dict), lambda: int.__new__(5),
             lambda: str.__new__(Stack)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, str(e))
