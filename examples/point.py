# A point in the plane: the lesson's running example.
# (The __slots__ version and its memory cost come with the class lesson.)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def distance_to(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return (dx * dx + dy * dy) ** 0.5


origin = Point(0, 0)
p = Point(3, 4)
print(p, "is", p.distance_to(origin), "away from", origin)
print("attributes live in a per-instance dict:", p.__dict__)
p.z = 5
print("so new ones can be added at any time:", p.__dict__)
