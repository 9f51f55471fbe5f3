# A generator left suspended at exit still runs its finally block.
def g():
    try:
        yield 1
    finally:
        print("cleanup")
x = g()
print(next(x))
