# Money(int) used where ints are expected: keys, indexes, range, format.
class Money(int):
    def __new__(cls, amount, currency='EUR'):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self

    def __repr__(self):
        return 'Money(%d)' % int(self)

prices = {5: 'five'}
print(prices[Money(5)])
prices[Money(5)] = 'FIVE'
print(prices, len(prices))
table = {Money(7): 'seven'}
print(table[7], 7 in table, Money(7) in {7})
print(format(Money(5), '05d'), format(Money(255), 'x'), format(Money(5), ''))
print(f'[{Money(42):>6}]', f'[{Money(42):<6}]', f'{Money(1234567):,}')
print('%d items' % Money(3), '%s items' % Money(3))
print(list(range(Money(3))), range(Money(1), Money(4)))
letters = ['a', 'b', 'c', 'd']
print(letters[Money(2)], letters[Money(1):Money(3)])
print(sorted([Money(3), 1, Money(2)]))
print(max(Money(3), 4, Money(9)), min([Money(3), 4]))
print(sum([Money(1), Money(2), 3]), type(sum([Money(1), Money(2)])).__name__)
print('ab' * Money(3), [0] * Money(2))
print(divmod(Money(17), 5), round(Money(17)), type(round(Money(17))).__name__)
print(hex(Money(255)), bin(Money(5)), chr(Money(65)))
