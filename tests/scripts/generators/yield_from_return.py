# The sub-generator's return value becomes the value of yield from.
def sub(n):
    for i in range(n):
        yield i
    return n * 100

def main():
    r1 = yield from sub(2)
    print('r1 =', r1)
    r2 = yield from sub(0)
    print('r2 =', r2)
    r3 = yield from [7, 8]
    print('r3 =', r3)
    return r1 + r2

g = main()
list_result = []
while True:
    try:
        list_result.append(next(g))
    except StopIteration as e:
        print('main returned', e.value)
        break
print(list_result)

def averager():
    total = 0
    count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1

def grouper(results, key):
    results[key] = yield from averager()

results = {}
for key, values in [('a', [1, 2, 3]), ('b', [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    try:
        gr.send(None)
    except StopIteration:
        pass
print(results)
