# Unbounded recursion ends in RecursionError.
def down(n):
    return down(n - 1) + 1
print('starting')
down(10)
