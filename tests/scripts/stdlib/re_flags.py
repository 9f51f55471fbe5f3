# re: flags. RegexFlag values and reprs, Pattern.flags, ASCII against
# Unicode classes and case folding, inline (?aimsux) and scoped (?i:...)
# flags, MULTILINE, DOTALL, VERBOSE, DEBUG accepted.
import re

print(re.I, repr(re.I | re.M), str(re.S), re.A | re.I | re.L, re.NOFLAG, re.RegexFlag(0), ~re.I)
print(type(re.I), re.I.value, re.I.name, (re.I | re.M).name, re.I == 2, re.I + 1, re.I | 512, f"{re.I:d}", format(re.X))
print(re.IGNORECASE is re.I, re.RegexFlag.DOTALL is re.S, re.U, re.T, re.DEBUG, int(re.VERBOSE))
for p, f in [("a", 0), ("a", re.I), ("a", re.A), ("a", re.U), ("(?i)a", 0), ("(?a)a", 0), ("(?x)a", re.M),
             (b"a", 0), (b"a", re.L), (b"(?L)a", 0), (b"a", re.A), ("a", re.I | re.S | re.X)]:
    c = re.compile(p, f)
    print(repr(p), c.flags, c)

# Unicode (the default for str) and ASCII classes.
print(re.findall(r"\w+", "héllo wörld_1 ٣"), re.findall(r"\w+", "héllo wörld_1 ٣", re.A))
print(re.findall(r"\d", "1٣2"), re.findall(r"(?a)\d", "1٣2"), re.findall(r"\D", "1٣x", re.A))
print(re.findall(r"\s", " \t\x1c\xa0\u2003"), re.findall(r"(?a)\s", " \t\x1c\xa0\u2003"), re.findall(r"(?a)\S", "a\xa0"))
print(re.findall(r"\bé\w", "é éa"), re.findall(r"(?a)\b\w", "éa b"), re.findall(r"(?a)\B\w", "éa b"), re.findall(r"[\W\d]", "a1-é", re.A))

# Case folding: Unicode's, or ASCII's only.
print(re.findall("(?i)k", "kK\u212a"), re.findall("(?ai)k", "kK\u212a"), re.findall(r"(?i)é", "éÉ"), re.findall(r"(?ai)é", "éÉ"))
print(re.findall(r"(?i)[a-c]+", "ABCabcé"), re.findall(r"(?ai)[^a-c]+", "ABxCabcé"), re.findall(r"(?ai)[W-c]+", "wXYZabcC_"))
print(re.search(r"(?i)(a)\1", "aA"), re.findall("HELLO", "say hello", re.I))

# Inline flags, global and scoped.
print(re.findall(r"(?i:a)b", "AbAB"), re.findall(r"(?-i:a)b", "abAbaB", re.I), re.findall(r"a(?i:b(?-i:c))", "aBc aBC"))
print(re.findall(r"(?s:.)(?m:^x)", "\nx"), re.findall(r"(?x: a b )c", "abc a bc"), re.findall(r"(?a:\w)\w", "éé aé"))
print(re.findall(r"(?im)^a", "A\na"), re.findall(r"(?s).", "\n"), re.findall(r".", "a\nb"), re.compile(r"(?i)(?m)a").flags)

# MULTILINE and DOTALL, $ and \Z.
print(re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"\w$", "a\nb\nc", re.M), re.findall("$", "a\n"), re.findall("$", "a\n", re.M))
print(re.search(r"a\Z", "a\n"), re.search(r"a$", "a\n"), re.search(r"a$", "a\n\n"), re.search(r"\Aa", "ba"), re.search("^b", "ab", re.M), re.search("^b", "a\nb", re.M))

# VERBOSE.
p = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\ ]?           # a separator (an escaped space counts)
    (?P<num>\d{4})    # number
    [#]               # a class keeps its '#'
""", re.VERBOSE)
print(p.search("call 555 1234#").groupdict(), re.findall("a b", "ab a b", re.X), re.findall(r"a\ b", "a b", re.X), re.findall(r"a *", "aaa", re.X))
