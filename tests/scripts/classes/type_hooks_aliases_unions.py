# isinstance/issubclass through a metaclass's hooks, __class_getitem__,
# list[int] generic aliases and int | None unions.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    def quack(self): return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int], Box[str])
class Typed(list): pass
print(list[int], dict[str, int], type(list[int]).__name__)
print(list[int]([1, 2]), dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int].__origin__ is list, list[int].__args__)
u = int | None
print(u, type(u).__name__, isinstance(3, u), isinstance(None, u), isinstance("s", u), isinstance("s", int | str | float))
print(issubclass(bool, int | str), int | str == str | int, (int | str) | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class Point: pass
