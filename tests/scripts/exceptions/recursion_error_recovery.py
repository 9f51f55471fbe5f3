# RecursionError is catchable and the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
depth = count_depth(0)
print('depth is large:', depth > 500)
def moderate(n):
    return 0 if n == 0 else 1 + moderate(n - 1)
print(moderate(200))
print(isinstance(RecursionError(), RuntimeError))
print('still alive')
