# break and continue only affect the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found:
        break
print('found', found)
count = 0
while count < 3:
    count += 1
    for _ in range(10):
        break
    else:
        print('unreachable')
    print('count', count)
