"""A package whose __init__ sets a few names but imports none of its submodules."""
print("toolbox: __init__ running")
VERSION = (1, 2)


def describe():
    return "toolbox " + ".".join(str(part) for part in VERSION)
