# Creating and exhausting one million small generators.
def small(n):
    yield n
    yield n + 1


total = 0
for i in range(1_000_000):
    for v in small(i):
        total += v
print(total)
