# Module-level names, global statement, and shadowing.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def define_new():
    global brand_new
    brand_new = 'created in function'
define_new()
print(brand_new)
def read_only():
    return counter * 2
print(read_only())
x = 'module'
def outer():
    x = 'outer'
    def inner():
        global x
        return x
    return inner()
print(outer())
