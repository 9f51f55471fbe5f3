# Private names in __slots__ are mangled with the class name.
class Point:
    __slots__ = ('__secret', 'public')

    def __init__(self, s):
        self.__secret = s
        self.public = 'pub'

    def reveal(self):
        return self.__secret

p = Point('hidden')
print(p.reveal())
print(p._Point__secret)
print(hasattr(p, '__secret'))
print([k for k in Point.__dict__ if not k.startswith('__')])
print(Point.__slots__)
print(Point._Point__secret)
try:
    p.__secret
except AttributeError as e:
    print('AttributeError:', e)
class Sub(Point):
    __slots__ = ()
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return 'AttributeError: ' + str(e)
print(Sub('s').peek())
