# An example that raises where output was expected: doctest shows the whole
# traceback. The first frame is doctest's own (its path and line differ
# between implementations), so this prints the report without it.
import contextlib
import doctest
import io
import os


def divide(x):
    """
    >>> divide(1)
    1
    >>> divide(0)
    1
    >>> divide("a")
    Traceback (most recent call last):
    ValueError: nope
    """
    return 1 // x


out = io.StringIO()
with contextlib.redirect_stdout(out):
    result = doctest.testmod()
lines = out.getvalue().splitlines()
skip = 0
for line in lines:
    if skip:
        skip -= 1
        continue
    if 'doctest.py", line' in line:
        skip = 1
        continue
    # The script's own path depends on where the tests live.
    print(line.replace(os.path.abspath(__file__), os.path.basename(__file__)))
print(result)
