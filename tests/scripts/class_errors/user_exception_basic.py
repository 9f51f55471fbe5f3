# User exceptions subclassing Exception carry args, str() and repr().
class MyError(Exception):
    pass

e = MyError('a', 1)
print(e.args)
print(str(e))
print(repr(e))
print(repr(MyError()), str(MyError()) == '')
print(repr(MyError('only')), str(MyError('only')))
try:
    raise MyError('boom')
except MyError as err:
    print('caught', err, type(err).__name__)
try:
    raise MyError
except Exception as err:
    print('caught class', repr(err), err.args)
print(isinstance(e, Exception), issubclass(MyError, BaseException))
print([c.__name__ for c in MyError.__mro__])
