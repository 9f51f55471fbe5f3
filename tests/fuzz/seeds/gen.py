def g():
    try:
        yield 1
        yield from g()
    finally:
        print('f')
for v in g():
    if v > 3: break
