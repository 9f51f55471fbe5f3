class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'A({self.x!r})'
    def __eq__(self, o): return self.x == o
print(A(1), A(2) == 2, sorted([3, 1, 2]), {*'abc'})
