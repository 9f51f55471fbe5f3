# A user class with __iter__/__next__ drives a for loop; StopIteration ends it.
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        print('__iter__ called')
        return self

    def __next__(self):
        if self.i >= self.n:
            print('raising StopIteration')
            raise StopIteration
        self.i += 1
        return self.i

for x in Count(3):
    print('got', x)
print('loop over')

c = Count(2)
for x in c:
    pass
print('x after loop:', x)
for x in c:
    print('never')
print('second loop over exhausted iterator')

for x in Count(0):
    print('never')
else:
    print('else branch runs')

for x in Count(5):
    if x == 2:
        break
else:
    print('not printed')
print('broke at', x)
