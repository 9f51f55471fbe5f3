# Uncaught exception raised from another: the last stderr line is the new one.
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError('missing key: ' + key) from e
print(load('a'))
load('b')
