# lru_cache and cache: results remembered, statistics, eviction order.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for n in [1, 2, 3, 1, 4, 2, 1, 1]:
    square(n)
print(calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__(10))


@lru_cache(maxsize=None)
def unbounded(a, b=1):
    return a + b


print(unbounded(1), unbounded(1, b=1), unbounded(1, 1), unbounded(a=1))
print(unbounded.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())


@cache
def words(s):
    return s.split()


print(words("a b c"), words("a b c") is words("a b c"), words.cache_info())


@lru_cache(maxsize=0)
def nothing(x):
    return x


nothing(1)
nothing(1)
print(nothing.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


negative(2)
print(negative.cache_info())


class Point:
    def __init__(self, x):
        self.x = x

    @lru_cache(maxsize=16)
    def scaled(self, k):
        return self.x * k


p = Point(3)
print(p.scaled(2), p.scaled(2), Point.scaled.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)
