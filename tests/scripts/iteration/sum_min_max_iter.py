# sum/min/max/sorted over generator expressions and iterators.
print(sum(x * x for x in range(10)))
print(sum((x for x in [0.5, 0.25]), 1))
print(sum([[1], [2, 3]], []))
print(min(x % 7 for x in range(20, 30)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(max(['a', 'abc', 'ab'], key=len))
print(min(iter([4, 2, 8])), max(iter('hello')))
print(sorted(x % 4 for x in range(10)))
print(sorted((s for s in ['bb', 'a', 'ccc']), key=len, reverse=True))
print(sum(1 for _ in 'mississippi' if _ == 's'))
try:
    max(x for x in [])
except ValueError as e:
    print('ValueError:', e)
try:
    min(iter(()))
except ValueError as e:
    print('ValueError:', e)
print(max(iter([]), default=None))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
