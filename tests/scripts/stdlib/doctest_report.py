"""Module doc: the examples in docstrings are run by doctest.testmod().

>>> 1 + 1
2
"""

def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.items
    [1]
    """
    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> Stack().push(5) is None
        True
        """
        self.items.append(x)

    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from empty list
        >>> print("a\\n\\nb")
        a
        <BLANKLINE>
        b
        >>> [1, 2,
        ...  3]
        [1, 2, 3]
        """
        return self.items.pop()

def nodoc():
    pass

if __name__ == "__main__":
    import contextlib
    import doctest
    import io
    import os

    # The report names this file by its full path; the test prints it
    # relative to the file's folder, so it does not depend on the checkout.
    here = os.path.dirname(os.path.abspath(__file__)) + "/"
    for verbose in (False, True):
        report = io.StringIO()
        with contextlib.redirect_stdout(report):
            result = doctest.testmod(verbose=verbose)
        print(report.getvalue().replace(here, ""), end="")
        print(result)
