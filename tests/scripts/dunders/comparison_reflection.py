# NotImplemented makes Python try the reflected comparison.
class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print('A.__lt__')
        return NotImplemented
    def __gt__(self, other):
        print('A.__gt__')
        if isinstance(other, A):
            return self.n > other.n
        return NotImplemented
    def __eq__(self, other):
        print('A.__eq__')
        return NotImplemented

print(A(1) < A(2))
print(A(3) > A(2))
print(A(1) == A(1))
print(A(1) != A(1))
x = A(1)
print(x == x)
class Num:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > other
    def __lt__(self, other):
        return self.n < other
print(5 < Num(10), 5 > Num(10), 20 > Num(10))
try:
    A(1) < 3
except TypeError as e:
    print('TypeError:', e)
try:
    A(1) <= A(2)
except TypeError as e:
    print('TypeError:', e)
