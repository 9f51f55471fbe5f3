# The six rich comparisons on a user class.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'V({self.n})'
    def __eq__(self, o):
        return self.n == o.n
    def __ne__(self, o):
        return self.n != o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n

a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == V(1), a != V(1))
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(2)]), min(V(4), V(0)))
print(V(1) < V(2) < V(3), V(1) < V(3) < V(2))
print(a in [V(0), V(1)])
print([V(2), V(1)] < [V(2), V(3)])
