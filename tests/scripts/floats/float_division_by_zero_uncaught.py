# An uncaught float division by zero.
print('computing')
ratio = 3.5
print(ratio / 2)
print(ratio / 0)
