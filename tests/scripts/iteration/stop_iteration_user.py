# StopIteration raised by a user __next__ ends loops and builtins; its value is ignored.
class Limited:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('ignored value')
        return self.n

print(list(Limited()))
print(sum(Limited()))
total = 0
for v in Limited():
    total += v
print(total)
l = Limited()
print(next(l), next(l), next(l))
try:
    next(l)
except StopIteration as e:
    print('StopIteration args:', e.args, 'value:', e.value)
print(next(l, 'default'))

class Resumes:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls % 2 == 0:
            raise StopIteration
        return self.calls

r = Resumes()
print(list(r))
print(list(r))
print(list(r))
