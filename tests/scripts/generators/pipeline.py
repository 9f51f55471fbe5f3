# A chain of three generator functions.
def read(lines):
    for line in lines:
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith('#'):
            yield line

def to_ints(lines):
    for line in lines:
        yield int(line)

data = ['1', '# comment', '20', '#x', '300']
pipe = to_ints(strip_comments(read(data)))
print(type(pipe).__name__)
print(list(pipe))
print(list(pipe))
print(sum(to_ints(strip_comments(read(data)))))

def numbers():
    yield from range(1, 11)

def evens(xs):
    return (x for x in xs if x % 2 == 0)

def squares(xs):
    for x in xs:
        yield x * x

print(list(squares(evens(numbers()))))
print(max(squares(evens(numbers()))))
