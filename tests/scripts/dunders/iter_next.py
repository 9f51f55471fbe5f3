# A class implementing __iter__/__next__ used in for loops, list(), sum(), unpacking.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for i in Countdown(3):
    print(i)
print(list(Countdown(4)))
print(sum(Countdown(10)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
print(sorted(Countdown(3)), tuple(Countdown(2)), max(Countdown(7)))
print([x * x for x in Countdown(3)])
print(dict(zip('abc', Countdown(3))))
try:
    x, y = Countdown(3)
except ValueError as e:
    print('ValueError:', e)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(2)
print(list(r), list(r))
