# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())
print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, x=2))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1))
print(first_and_rest(1, 2, 3))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a + b + c
print(wrapper(1, 2))
print(wrapper(1, b=5, c=10))
print(wrapper(*[1, 2, 3]))
print(wrapper(**{'a': 1, 'b': 1}))
def kw_only_after_star(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(kw_only_after_star(1, 2, 3))
print(kw_only_after_star(1, 2, sep='+'))
print(type(collect()[0]))
def count_kwargs(**kw):
    return len(kw)
print(count_kwargs(**{'x': 1}, y=2))
