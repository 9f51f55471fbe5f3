# User exceptions subclassing ValueError, KeyError, LookupError.
class BadValue(ValueError):
    pass
class MissingKey(KeyError):
    pass
class NotFound(LookupError):
    pass

for exc in (BadValue('v'), MissingKey('k'), NotFound('n')):
    try:
        raise exc
    except LookupError as e:
        print('LookupError branch', type(e).__name__, str(e), repr(e))
    except ValueError as e:
        print('ValueError branch', type(e).__name__, str(e), repr(e))
try:
    {}['x']
except MissingKey:
    print('wrong')
except KeyError as e:
    print('plain KeyError', e)
print(str(MissingKey('key')), str(KeyError('key')))
print(str(MissingKey()), str(MissingKey('a', 'b')))
print([c.__name__ for c in MissingKey.__mro__])
