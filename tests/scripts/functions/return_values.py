# Return statements and implicit None.
def nothing():
    pass
def early(n):
    if n < 0:
        return 'negative'
    return
def multi():
    return 1, 'two', [3]
def loop_return():
    for i in range(10):
        if i * i > 20:
            return i
    return -1
print(nothing())
print(early(-1), early(1))
print(multi())
a, b, c = multi()
print(a, b, c)
print(loop_return())
def returns_in_while():
    n = 0
    while True:
        n += 1
        if n == 7:
            return n
print(returns_in_while())
print(type(multi()))
