# Function docstrings and __name__.
def documented():
    """Return forty-two."""
    return 42
print(documented.__doc__)
print(documented.__name__)
def undocumented():
    return 0
print(undocumented.__doc__)
def multi_line():
    """First line.

    More details.
    """
print(multi_line.__doc__.splitlines()[0])
print((lambda: 0).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print(documented())
