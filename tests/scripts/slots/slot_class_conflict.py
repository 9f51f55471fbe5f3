# A slot name that is also a class variable is rejected.
try:
    class P:
        __slots__ = ('x',)
        x = 0
except ValueError as e:
    print('ValueError:', e)
try:
    class Q:
        __slots__ = ('a', 'b')
        def b(self):
            pass
except ValueError as e:
    print('ValueError:', e)
class R:
    __slots__ = ('x',)
    y = 'class var'
r = R()
print(r.y)
try:
    r.y = 'instance'
except AttributeError as e:
    print('AttributeError:', e)
R.y = 'changed on class'
print(r.y)
