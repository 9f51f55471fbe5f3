# break/continue/return interacting with try/except/finally in loops.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    except Exception:
        print('never')
    finally:
        print('finally', i)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            raise ValueError(n)
        break
    except ValueError as e:
        print('retry after', e)
print('n =', n)
results = []
for v in ['1', 'two', '3']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    else:
        results.append('ok')
print(results)
