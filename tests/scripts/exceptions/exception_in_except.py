# Raising inside an except block sets __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('while handling')
except ValueError as e:
    print('caught:', repr(e))
    print('context:', repr(e.__context__))
    print('cause:', e.__cause__)
    print('suppress:', e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as inner:
        raise RuntimeError('converted') from inner
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError('no chain') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('plain')
except ValueError as e:
    print(e.__context__, e.__cause__)
