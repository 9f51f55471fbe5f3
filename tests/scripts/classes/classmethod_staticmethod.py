# classmethod and staticmethod, called on the class and on instances.
class Temp:
    scale = 'C'

    def __init__(self, deg):
        self.deg = deg

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.scale

    @staticmethod
    def add(a, b):
        return a + b

class Kelvin(Temp):
    scale = 'K'

print(Temp.from_f(212).deg)
print(Temp(0).from_f(32).deg)
print(type(Kelvin.from_f(50)).__name__)
print(Temp.describe(), Kelvin.describe(), Kelvin(1).describe())
print(Temp.add(2, 3), Temp(1).add(4, 5))
print(type(Temp.__dict__['from_f']).__name__)
print(type(Temp.__dict__['add']).__name__)
print(type(Temp.from_f).__name__)
print(type(Temp.add).__name__)
print(Temp.from_f.__self__ is Temp)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    size = sm
    name = cm
print(Late.size('abcd'), Late().name())
