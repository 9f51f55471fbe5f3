# Python 2's form: CPython 3.11 asks for parentheses.
try:
    pass
except ValueError, TypeError:
    pass
