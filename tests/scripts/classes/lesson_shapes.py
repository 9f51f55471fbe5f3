# Lesson: a shape hierarchy with abstract-ish methods raising NotImplementedError.
class Shape:
    name = 'shape'

    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f'{self.name}: area={self.area()}, perimeter={self.perimeter()}'

class Rect(Shape):
    name = 'rect'
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    name = 'square'
    def __init__(self, s):
        super().__init__(s, s)

class Triangle(Shape):
    name = 'triangle'
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)

shapes = [Rect(2, 3), Square(4), Triangle(3, 4, 5)]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('not implemented:', e)
print(sorted(s.perimeter() for s in shapes))
try:
    Shape().perimeter()
except NotImplementedError as e:
    print(repr(e))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(max(shapes[:2], key=lambda s: s.area()).name)
