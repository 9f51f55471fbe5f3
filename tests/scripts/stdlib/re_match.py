# re: Match and Pattern objects: group/groups/groupdict/start/end/span/
# expand/lastindex/lastgroup/regs/pos/endpos, subscripts, reprs, search
# with pos and endpos, scanner, the cache of compiled patterns, escape.
import re

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)?")
m = p.match("Jane Doe")
print(m, m.group(0, 1, 2), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.re is p, m.string, m[0], m["last"], m[2], m.expand(r"\2, \1 (\g<0>) \g<first>"))
print(m.start(), m.end(), m.span(), m.start("last"), m.end(1), m.span(2), bool(m), m.group(True))
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups(0), m.groupdict("x"), m.span(2), m.start(2), m.end(2), m.lastindex, m.lastgroup, m.regs, m.group(2), m.expand(r"[\2]"))
for f in [lambda: m.group(3), lambda: m.group("x"), lambda: m.group(-1), lambda: m.start(5), lambda: m["y"], lambda: m.span(1.5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(re.search(r"(a)|b", "b").groups(), re.search(r"(a)|b", "b").lastindex, re.search(r"((a)b)", "ab").lastindex,
      re.search(r"(a)(b)", "ab").lastindex, re.search(r"(?P<x>a)(?P<y>(b))", "ab").lastgroup, re.match("(?:a)", "a").lastindex)
print(re.compile(r"(a)(?P<n>b)(c)").groupindex, re.compile(r"(a)(?P<n>b)(c)").groups, re.compile("x").groups)

# search, match and fullmatch from pos to endpos.
p = re.compile("o")
print(p.search("foo", 2), p.search("foo", 1, 2), p.match("foo", 1), p.fullmatch("foo", 1, 2), p.search("foo", 5), p.search("foo", -5))
print(p.findall("foooo", 2, 4), [m.span() for m in p.finditer("foooo", 1, 3)], p.search("foo", 1, 100).endpos, p.search("foo", 2).pos)
print(re.compile("^o").search("foo", 1), re.compile("o$").search("foo", 0, 2), re.compile(r"\bo").search("foo", 1), re.compile(r"(?<=f)o").search("foo", 1))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"), re.compile("a").fullmatch("ab", 0, 1))
print(re.compile("a").match("ba"), re.compile(r"\d+").match("x12", 1), re.match(r"(?=a)", "a").span())

# Non-ASCII subjects: spans count characters.
s = "é" * 5 + "abc" + "ü" * 3
print([m.span() for m in re.finditer("[a-c]", s)], re.search("b", s).span(), re.search("ü", s, 9).span(), re.match("ü+", s, 8))
print(re.compile("ü").search(s, 3, 9), re.findall(".", s, 0), re.sub("ü", "u", s), re.split("b", s), re.findall("é", s, 3))

# Reprs.
print(re.compile("x+", re.I | re.M), re.compile(b"x"), re.compile("x", re.A), re.compile("x\ny"), re.compile("a'b"), re.compile(""))
print(repr(re.compile("a" * 300))[:30], len(repr(re.compile("a" * 300))), re.compile("é", re.S | re.X))
print(re.match("a\nb", "a\nb"), re.match(b"x", b"x"), type(m).__name__, type(p).__name__, re.Match, re.Pattern)

# Comparison, the cache, purge.
print(re.compile("a") == re.compile("a"), re.compile("a") != re.compile("a", re.I), hash(re.compile("q")) == hash(re.compile("q")))
print(re.compile("a") is re.compile("a"), re.compile("a") is re.compile("a", re.I), re.compile("a", re.I) is re.compile("a", re.IGNORECASE))
c = re.compile("cached")
print(re.compile(c) is c, re.search(c, "xcached").span())
re.purge()
print(re.compile("cached") is c, re.compile("cached") == c)
import copy
print(copy.copy(c) is c, copy.deepcopy(m) is m)

# scanner, Scanner.
sc = re.compile(r"\d").scanner("1a23")
print(sc.match(), sc.match(), sc.search(), sc.search())
sc = re.compile(r"\d").scanner("1a23")
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search())
sc = re.compile("").scanner("ab")
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.pattern)
print(re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"\w+", lambda s, t: t.upper())]).scan("12 ab 3 !x"))

# escape.
print(re.escape("a b\t-_é.\x00#&~"), re.escape("1.5*[x]{2}|(y)?+^$\\"), re.escape(""), re.escape("path/to:file=1,2;!@%'\""))
print(re.match(re.escape("a.b*c"), "a.b*c"), re.findall(re.escape("[x]"), "[x] x"))

# An end before the start finds nothing; positions count characters.
p = re.compile('')
print(p.search('abc', 2, 1), p.match('abc', 3), p.search('abc', 4), p.findall('abc', 2, 1), p.search('abc', -1, -2), list(p.finditer('abc', 5)), p.fullmatch('abc', 3, 3))
q = re.compile('b')
print(q.search('abc', 1, 1), q.search('abc', 1, 2), q.search('éba', 1, 2), q.findall('ébab', 1), q.split('abcb'), q.sub('x', 'ébé'))
m = re.search('(é)(b)', 'aébc')
print(m.span(1), m.span(2), m.regs, m.expand(r'\2\1'), m.start(2), m.end(0))
