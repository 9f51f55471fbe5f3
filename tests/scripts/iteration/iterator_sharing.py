# Several consumers sharing one iterator.
it = iter(range(10))
for x in it:
    if x == 3:
        break
print('stopped at', x)
print(next(it))
print([y for y in it if y < 7])
print(list(it))

words = iter(['a', 'b', 'c', 'd', 'e'])
first = next(words)
for w in words:
    print(first, w)
    first = next(words, None)
    if first is None:
        break

src = iter([1, 2, 3, 4, 5, 6, 7])
chunks = []
while True:
    chunk = list(zip(src, src, src))
    if not chunk:
        break
    chunks.extend(chunk)
print(chunks, list(src))

g = (x * x for x in range(6))
print(next(g), sum(g))
