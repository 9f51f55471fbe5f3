# Constructor errors and messages.
for v in ['12a', '', '3.5.1']:
    try:
        int(v)
    except ValueError as e:
        print(e)
try:
    float('x1')
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    float(None)
except TypeError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
