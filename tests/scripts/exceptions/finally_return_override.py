# return/break in finally overrides the pending return or exception.
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sees', x)
print(h())
def loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(loop())
def brk():
    while True:
        try:
            raise KeyError('x')
        finally:
            break
    return 'after break'
print(brk())
def with_list():
    out = []
    try:
        return out
    finally:
        out.append('added in finally')
print(with_list())
