# Slots with __init__ in a hierarchy; slot values per instance.
class Base:
    __slots__ = ('name',)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            f'{s}={getattr(self, s)!r}' for c in type(self).__mro__
            for s in c.__dict__.get('__slots__', ())) + ')'

class Item(Base):
    __slots__ = ('price', 'qty')
    def __init__(self, name, price, qty=1):
        super().__init__(name)
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty

items = [Item('pen', 3, 4), Item('book', 12)]
for it in items:
    print(it, it.total())
items[0].qty = 10
print(items[0].total(), items[1].qty)
print(sum(i.total() for i in items))
print(Base('b'))
