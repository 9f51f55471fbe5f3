# __format__ is called by format() and f-strings with the spec.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print('spec=' + repr(spec))
        if spec == 'short':
            return f'{self.cents // 100}$'
        return f'{self.cents / 100:{spec or ".2f"}} USD'
    def __str__(self):
        return 'Money(str)'

m = Money(12345)
print(f'{m}')
print(f'{m:short}')
print(f'{m:>12.1f}')
print(format(m, '.0f'))
print('{:short}'.format(m))
print('{0}|{0:short}'.format(m))
print(f'{m!s}')
class Plain:
    def __str__(self):
        return 'plain'
print(f'{Plain()}', format(Plain()))
try:
    f'{Plain():>10}'
except TypeError as e:
    print('TypeError:', e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
