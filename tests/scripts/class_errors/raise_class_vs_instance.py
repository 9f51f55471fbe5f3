# Raising a class instantiates it; raising non-exceptions fails.
class E(Exception):
    def __init__(self, *args):
        print('E.__init__', args)
        super().__init__(*args)

try:
    raise E
except E as e:
    print(repr(e))
try:
    raise E('x')
except E as e:
    print(repr(e))
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print('TypeError:', e)
try:
    raise NotExc()
except TypeError as e:
    print('TypeError:', e)
try:
    raise E('outer') from ValueError('cause')
except E as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        raise E('first')
    except E:
        raise KeyError('second')
except KeyError as e:
    print(repr(e), repr(e.__context__))
