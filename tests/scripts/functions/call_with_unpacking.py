# Calling with * and ** unpacking in various positions.
def show(a, b, c, d=4):
    return [a, b, c, d]
print(show(*[1, 2, 3]))
print(show(1, *(2, 3)))
print(show(*'xy', 'z'))
print(show(*range(4)))
print(show(1, 2, **{'c': 3, 'd': 5}))
print(show(**{'a': 0, 'b': 0, 'c': 0}))
print(show(*[1], *[2], c=3))
try:
    show(1, 2, 3, **{'a': 9})
except TypeError as e:
    print(e)
try:
    show(**{'a': 1, 'b': 2, 'c': 3, 'e': 4})
except TypeError as e:
    print(e)
print(max(*[3, 8, 1]))
print('{}-{}'.format(*'ab'))
