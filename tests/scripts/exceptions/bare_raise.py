# Bare raise re-raises the exception being handled.
def risky():
    try:
        int('nope')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    risky()
except ValueError as e:
    print('outer got:', e)
def nested_reraise():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            pass
        raise
try:
    nested_reraise()
except KeyError as e:
    print('re-raised the right one:', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
