# Uncaught IndexError from a list.
items = ['a', 'b', 'c']
print(items[2])
print(items[-3])
print(items[3])
