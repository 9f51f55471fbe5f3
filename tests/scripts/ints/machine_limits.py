# Values at and past the machine-int limits: CPython's errors, never a
# wrapped number or a crash.

def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)

huge = range(-2**63, 2**63 - 1)
attempt("len(huge range)", lambda: len(huge))
attempt("bool(huge range)", lambda: bool(huge))
attempt("first of huge range", lambda: next(iter(huge)))
attempt("last of huge range", lambda: next(reversed(huge)))
attempt("huge ranges equal", lambda: huge == range(-2**63, 2**63 - 2))
attempt("len(range(2**62))", lambda: len(range(2**62)))

attempt("step -2**63", lambda: [1, 2, 3][::-2**63])
attempt("step -2**63 str", lambda: "abc"[::-2**63])
attempt("step -2**63 tuple", lambda: tuple(range(5))[::-2**63])
attempt("step -2**64", lambda: "abc"[::-2**64])

attempt("chr(2**31)", lambda: chr(2**31))
attempt("chr(-2**31 - 1)", lambda: chr(-2**31 - 1))
attempt("chr(2**31 - 1)", lambda: chr(2**31 - 1))
attempt("chr(0x10ffff)", lambda: ascii(chr(0x10ffff)))

attempt("'%.*f' 2**31", lambda: "%.*f" % (2**31, 1.5))
attempt("'%.*f' -2**31-1", lambda: "%.*f" % (-2**31 - 1, 1.5))
attempt("'%.*f' -1", lambda: "%.*f" % (-1, 1.5))
attempt("'%.*s' 2", lambda: "%.*s" % (2, "abc"))
attempt("'%*d' -4", lambda: "%*d|" % (-4, 5))

attempt("float(2**63 - 1)", lambda: float(2**63 - 1))
attempt("2**53 + 1 + 0.0", lambda: 2**53 + 1 + 0.0)
attempt("(2**62 + 1) / 3", lambda: (2**62 + 1) / 3)
attempt("round(12345, -2)", lambda: round(12345, -2))
attempt("round(2**62 + 5, -1)", lambda: round(2**62 + 5, -1))
attempt("'ab' * -3", lambda: "ab" * -3)
attempt("[0] * -1", lambda: [0] * -1)
attempt("'x'.ljust(-5)", lambda: "x".ljust(-5))
attempt("'a,b,c'.split(',', 2**62)", lambda: "a,b,c".split(",", 2**62))
attempt("'aaa'.replace('a', 'b', 2**62)", lambda: "aaa".replace("a", "b", 2**62))
attempt("[1, 2, 3].index(3, -2**62)", lambda: [1, 2, 3].index(3, -2**62))
attempt("'abc'.find('c', -2**62, 2**62)", lambda: "abc".find("c", -2**62, 2**62))
x = [1, 2, 3]
x.insert(-2**62, 0)
x.insert(2**62, 4)
attempt("insert far out", lambda: x)
attempt("hash(-1)", lambda: hash(-1))
attempt("hash(2**61 - 1)", lambda: hash(2**61 - 1))
attempt("hash(-2.0**70)", lambda: hash(-2.0**70))
attempt("hash(1e-300)", lambda: hash(1e-300))
