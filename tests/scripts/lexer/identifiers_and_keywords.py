# Identifiers, unicode identifiers, soft keywords as names.
_private = 1
__dunder__ = 2
camelCase = 3
snake_case_9 = 4
print(_private, __dunder__, camelCase, snake_case_9)
café = 'unicode name'
print(café)
π = 3.14
print(π)
match = 'match is a soft keyword'
case = 'so is case'
type = 'and type'
print(match, case, type)
_ = 'underscore'
print(_)
print(True, False, None)
Ab = 1; aB = 2; AB = 3
print(Ab, aB, AB)
