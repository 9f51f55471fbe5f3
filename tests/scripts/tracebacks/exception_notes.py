# Notes added to an exception are printed after its line.
def check(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note("hint: pass a count of items")
        e.add_note(f"got {n!r}")
        raise e
    return n


check(-2)
