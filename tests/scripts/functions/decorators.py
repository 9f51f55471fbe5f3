# Function decorators, stacked and with arguments.
def shout(fn):
    def wrapper(*args):
        return fn(*args).upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('world'))
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
calls = []
def log(fn):
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    return wrapper
@log
@shout
def hi():
    return 'hi'
print(hi())
print(calls)
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
REG = []
@register(REG)
def alpha(): pass
@register(REG)
def beta(): pass
print(REG)
print(alpha.__name__)
