# __class__ must be set to a class.
class Celsius:
    pass


t = Celsius()
t.__class__ = Celsius
print(type(t).__name__)
t.__class__ = "Fahrenheit"
