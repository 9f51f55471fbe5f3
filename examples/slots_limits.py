# What __slots__ takes away: the price of the smaller, faster instance.
#
# A slotted class fixes its attribute names when the class is made:
# - assigning any other name raises AttributeError;
# - instances have no __dict__, so vars() and obj.__dict__ fail;
# - a slot cannot also have a class-level default (the names would clash);
# - an unset slot raises AttributeError when read, like a missing attribute.
# Adding "__dict__" to __slots__ brings the dict back for the extra names.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)

try:
    p.color = "red"
except AttributeError as e:
    print("new attribute:", e)

try:
    vars(p)
except TypeError as e:
    print("vars():", e)

try:
    p.__dict__
except AttributeError as e:
    print("__dict__:", e)

print("hasattr __dict__:", hasattr(p, "__dict__"))

try:
    class WithDefault:
        __slots__ = ("x",)
        x = 0
except ValueError as e:
    print("class default:", e)

q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("unset slot:", e)

del p.y
try:
    p.y
except AttributeError as e:
    print("deleted slot:", e)
p.y = 5
print("set again:", p.x, p.y)


class Flexible:
    __slots__ = ("x", "__dict__")


f = Flexible()
f.x = 1
f.note = "anything goes in the dict"
print("with __dict__ in __slots__:", f.x, vars(f))
