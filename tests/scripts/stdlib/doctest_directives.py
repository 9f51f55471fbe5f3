"""Doctest directives, exceptions and a module whose tests all pass.

>>> list(range(20))  # doctest: +ELLIPSIS
[0, 1, 2, ..., 19]
>>> print(list(range(5)))  # doctest: +NORMALIZE_WHITESPACE
[0,   1,  2,
 3,   4]
>>> int("x")
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ValueError: invalid literal for int() with base 10: 'x'
>>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
KeyError: 'other'
>>> print("skipped")  # doctest: +SKIP
never compared
>>> for i in range(2):
...     print(i)
0
1
>>> x = 5
>>> x * 2
10
"""


def square(n):
    """Return n squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    """
    return n * n


if __name__ == "__main__":
    import doctest
    result = doctest.testmod()
    print(result, result.failed, result.attempted)
    doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
