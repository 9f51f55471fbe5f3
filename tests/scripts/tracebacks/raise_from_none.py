# raise ... from None suppresses the context.
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('expected a numeric string') from None
print(to_int('12'))
to_int('twelve')
