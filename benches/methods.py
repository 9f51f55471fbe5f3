# One million iterations of method calls, super() and operator dunders on
# small objects.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Scaled(Vec):
    __slots__ = ("k",)

    def __init__(self, x, y, k):
        super().__init__(x, y)
        self.k = k

    def dot(self, other):
        return super().dot(other) * self.k


acc = Vec(0, 0)
step = Vec(1, 2)
total = 0
for i in range(1_000_000):
    s = Scaled(i, 1, 2)
    acc = acc + step
    total += s.dot(step)
    if acc == step:
        total += 1
print(acc.x, acc.y, total)
