# __repr__ / __str__ returning a non-str raises TypeError.
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class StrFallsBackToBadRepr:
    def __repr__(self):
        return 1.5

for f in (lambda: repr(BadRepr()), lambda: str(BadRepr()),
          lambda: str(BadStr()), lambda: str(StrFallsBackToBadRepr()),
          lambda: print(BadStr()), lambda: f'{BadStr()}',
          lambda: repr([BadRepr()])):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
class ReprRaises:
    def __repr__(self):
        raise ValueError('repr failed')
try:
    repr(ReprRaises())
except ValueError as e:
    print('ValueError:', e)
