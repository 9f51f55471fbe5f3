# global declarations inside functions.
total = 0
def add(n):
    global total
    total = total + n
for i in range(5):
    add(i)
print(total)
def make_global():
    global created
    created = [1, 2, 3]
make_global()
print(created)
def reader():
    return total + 1
print(reader())
def both():
    global a, b
    a, b = 'A', 'B'
both()
print(a, b)
def nested_global():
    def inner():
        global total
        total = -1
    inner()
nested_global()
print(total)
