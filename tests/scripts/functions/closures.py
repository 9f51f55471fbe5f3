# Closures capture variables, not values.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2())
def make_multiplier(n):
    return lambda x: x * n
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
def adders():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in adders()])
def nested():
    a = 1
    def level1():
        b = 2
        def level2():
            return a + b
        return level2
    return level1()()
print(nested())
