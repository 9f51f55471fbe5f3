# nonlocal rebinding in enclosing function scopes.
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x
print(outer())
def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(5)
    add(10)
    return total, items
print(accumulate())
def three_levels():
    v = 'a'
    def middle():
        def inner():
            nonlocal v
            v = v + 'c'
        nonlocal v
        v = v + 'b'
        inner()
    middle()
    return v
print(three_levels())
def without_nonlocal():
    x = 1
    def inner():
        x = 99
        return x
    return inner(), x
print(without_nonlocal())
