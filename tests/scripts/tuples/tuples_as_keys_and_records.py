# Tuples as dict keys, set members and records.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[1, 2], (0, 1) in grid)
seen = {(1, 2), (2, 1), (1, 2)}
print(len(seen), sorted(seen))
people = [('Ann', 32, 'NYC'), ('Bob', 27, 'LA'), ('Cy', 45, 'SF')]
for name, age, city in sorted(people, key=lambda p: p[1]):
    print(f'{name:<4}{age:>3} {city}')
print(max(people, key=lambda p: p[1])[0])
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
