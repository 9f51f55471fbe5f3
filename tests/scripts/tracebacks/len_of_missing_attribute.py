# len() of a local's missing attribute: the traceback points at the
# attribute, as CPython's carets do.
class Box:
    def __init__(self):
        self.items = [1, 2]


def total(box):
    n = len(box.items)
    return n + len(box.itemz)


print(total(Box()))
