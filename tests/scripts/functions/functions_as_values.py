# Functions are first-class values.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub}
print(ops['+'](2, 3), ops['-'](2, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(add, 10, 20))
print(apply(len, 'four'))
print(apply(max, 3, 9, 4))
print(add.__name__)
alias = add
print(alias(1, 1), alias is add)
funcs = [abs, str, lambda x: x * 2]
print([fn(-3) for fn in funcs])
def returns_function():
    def inner():
        return 'inner called'
    return inner
print(returns_function()())
print(callable(add), callable(3))
print(sorted(['bb', 'a', 'ccc'], key=len))
