# A TypeError in the middle of a loop stops the program.
items = [1, 2, '3', 4]
total = 0
for item in items:
    print('adding', item)
    total = total + item
print(total)
