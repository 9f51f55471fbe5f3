# An exception raised while handling another (implicit chaining).
def cleanup():
    raise RuntimeError('cleanup failed')
try:
    print('working')
    [1, 2][5]
except IndexError:
    print('handling the IndexError')
    cleanup()
