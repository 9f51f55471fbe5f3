# Item assignment on a tuple fails at the target `pair[0]`.
pair = (1, 2)
print(pair[0])
pair[0] = 5
