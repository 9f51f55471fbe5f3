# Slots combined with properties and methods.
class Temperature:
    __slots__ = ('_celsius',)

    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError('below absolute zero')
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 // 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print('AttributeError:', e)
print(type(Temperature.celsius).__name__, type(Temperature._celsius).__name__)
try:
    t.kelvin = 1
except AttributeError as e:
    print('AttributeError:', e)
