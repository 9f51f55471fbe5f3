# A misspelt name: the traceback suggests the closest visible one (locals
# first, then globals, then builtins), as CPython 3.11 does.
def average(values):
    total = sum(values)
    return totl / len(values)


print(average([1, 2, 3]))
