# iter(callable, sentinel).
data = [3, 1, 4, 0, 5]
pos = [0]

def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v

it = iter(reader, 0)
print(type(it).__name__)
print(list(it))
print(pos[0])
print(next(it, 'exhausted'))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

for n in iter(tick, 4):
    print('tick', n)

chunks = iter(['ab', 'cd', '', 'ef'])
print(list(iter(lambda: next(chunks), '')))
print(list(chunks))

try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
print(iter(iter, None) is not None)
