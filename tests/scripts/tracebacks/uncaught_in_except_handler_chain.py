# Three-deep chain: each handler raises a new exception.
try:
    try:
        {}['a']
    except KeyError:
        1 / 0
except ZeroDivisionError:
    int('not a number')
