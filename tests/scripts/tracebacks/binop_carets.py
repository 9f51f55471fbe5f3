# The caret line marks the operator of the failing binary operation.
def ratio(a, b):
    return (a + 1) / (b - b)


values = [3, 4]
print(ratio(values[0], values[1]))
