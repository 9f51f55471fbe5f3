# Error messages from subclasses of builtins.
class Stack(list):
    def push(self, x):
        self.append(x)

class Money(int):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

class Tag(str):
    pass

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', str(e))

s = Stack([1])
show(lambda: s.push_all([2]))
show(lambda: Stack.missing)
show(lambda: Stack(1))
show(lambda: Stack(1, 2))
show(lambda: Stack(items=[1]))
show(lambda: s[5])
show(lambda: s['a'])
show(lambda: Stack().pop())
show(lambda: s.remove(9))
show(lambda: s + (1,))
show(lambda: Money('x'))
show(lambda: Money('12', 'EUR', 'extra'))
show(lambda: Money(None))
show(lambda: Money(5) + 'a')
show(lambda: Money(5).currency.nope)
show(lambda: Tag(1) + 1)
show(lambda: Tag('abc').missing())
show(lambda: Tag('x', 'y'))
show(lambda: int.bit_length(Tag('x')))
show(lambda: Stack.push(5, 1))
