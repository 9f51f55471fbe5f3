# except with tuples, ordering of handlers, and the as-name being cleared.
def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except ZeroDivisionError:
        return 'math'
    except Exception as e:
        return 'other: ' + repr(e)
    return 'ok'
print(classify(lambda: {}['x']))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int('x')))
print(classify(lambda: None))
try:
    raise ValueError('v')
except ValueError as err:
    print('handled', err)
try:
    print(err)
except NameError as e:
    print('NameError:', e)
try:
    raise IndexError('idx')
except LookupError as e:
    print('LookupError caught', repr(e))
try:
    raise KeyError('k')
except IndexError:
    print('wrong')
except KeyError:
    print('right')
