# Execution order of try/except/else/finally.
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
        log.append('try-end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
