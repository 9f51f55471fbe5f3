# Raising classes, instances and re-raising caught objects.
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
try:
    raise ValueError('instance')
except ValueError as e:
    saved = e
print(repr(saved))
try:
    raise saved
except ValueError as e:
    print(e is saved)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise NotImplementedError('todo')
except RuntimeError as e:
    print(repr(e))
errors = []
for exc in (KeyError, IndexError, ValueError):
    try:
        raise exc('from loop')
    except Exception as e:
        errors.append(type(e).__name__ + ':' + str(e))
print(errors)
