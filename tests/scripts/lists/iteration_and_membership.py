# Iterating, enumerating and membership tests on lists.
fruits = ['apple', 'banana', 'cherry']
for f in fruits:
    print(f, len(f))
for i, f in enumerate(fruits):
    print(i, f)
print('banana' in fruits, 'grape' not in fruits)
print([1, 2] in [[1, 2], [3]])
total = 0
for n in [10, 20, 30]:
    total += n
print(total)
squares = []
for i in range(5):
    squares.append(i * i)
print(squares)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
rev = []
for x in reversed(fruits):
    rev.append(x.upper())
print(rev)
print(fruits[-1], fruits[len(fruits) // 2])
