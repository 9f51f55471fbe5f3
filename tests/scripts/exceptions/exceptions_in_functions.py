# Exceptions propagate through calls and unwind finally blocks.
trace = []
def level3():
    trace.append('enter 3')
    raise IndexError('deep')
def level2():
    try:
        trace.append('enter 2')
        level3()
        trace.append('unreachable')
    finally:
        trace.append('finally 2')
def level1():
    try:
        level2()
    except KeyError:
        trace.append('wrong handler')
    finally:
        trace.append('finally 1')
try:
    level1()
except IndexError as e:
    trace.append('caught ' + str(e))
print(trace)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, d) for d in (2, 0, 4)])
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError:
            bad.append(item)
    return good, bad
print(parse_all(['1', 'x', '3', '4.5', '-2']))
