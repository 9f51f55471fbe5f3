# An exception raised while another is being handled has it as __context__,
# also when it is caught before it leaves that handler.
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as e:
        print(repr(e.__context__), e.__suppress_context__)
    try:
        raise TypeError("c") from None
    except TypeError as e:
        print(repr(e.__context__), e.__suppress_context__, e.__cause__)


def f():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")


try:
    f()
except ValueError as e:
    print(repr(e.__context__))
try:
    raise OSError("outer")
except OSError as outer:
    try:
        raise outer
    except OSError as same:
        print(same.__context__)
