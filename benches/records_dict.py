# Build and sum one million dict-backed 2-field records.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i) for i in range(1_000_000)]
total = 0
for p in points:
    total += p.x + p.y
print(total)
