# re: pattern errors with CPython's messages and positions (re.error's msg,
# pos, pattern, lineno, colno), the ValueErrors of incompatible flags, the
# OverflowError of huge repeats, and replacement-template errors.
import re

patterns = [
    r"(abc", r"*a", r"a**", r"a{2}{3}", r"a*?*", r"(?<x>a)", r"\q", r"abc)", r"a)b(", r"[a", r"[]", r"[^]",
    r"[z-a]", r"[\w-z]", r"[a-\d]", r"[\d-a]", r"a{2,1}", r"(?P<1a>x)", r"(?P<a.b>x)",
    r"(?P<a>x)(?P<a>y)", r"(?P=b)", r"(?P<a>(?P=a))", r"(a)\2", r"(a\1)", r"\8", r"[\8]",
    r"\x4", r"\xg0", r"\u12", r"\U0011ffff", r"\N", r"(?", r"(?Z)", r"(?P", r"(?Px)", r"(?<",
    r"a(?i)b", r"a|(?i)b", r"(?i", r"(?-i)", r"(?i-:a)", r"(?iZ)", r"(?i-m)", r"(?i-mZ:a)",
    r"(?L)a", r"(?a-a:x)", r"(?au)x", r"a|*", r"(*)", r"^*", r"$*", r"\b*", r"\A+",
    r"\400", r"[\400]", r"(?P<a", r"(?P<>x)", r"(?P=)", r"(?P=a", r"(?P=1)", r"(?#abc",
    r"(?(1)a|b)", r"(?(2)a|b|c)", r"(?(x)a)", r"(?(2)a)(b)", r"(?(0)a)", r"(?(1a)a)",
    "\\", r"(?=a", r"(?<=a+)b", r"(?<=a|bc)", r"(?<!a*)b", r"(?<=a{1,2})", r"(?<=(?:ab|cd))x",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "compiles:", c.groups, c.groupindex)
    except re.error as e:
        print(repr(p), type(e).__name__, e, "|", e.msg, e.pos, e.pattern == p, e.lineno, e.colno)

# Line and column in a multi-line pattern.
for p in ["(?x)a\n#c\n(b", "a\\\nb(", "ab\ncd)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e, e.pos, e.lineno, e.colno)

# Bytes patterns report positions too.
for p in [rb"(", rb"\u0041", rb"(?u)a", rb"[b-a]", rb"(?P<\xe9>x)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), type(e).__name__, e, e.pos, e.pattern == p)

# Flags that do not go together are a ValueError, found after the pattern is read.
for p, f in [("a", re.L), (b"a", re.U), ("a", re.A | re.U), (b"a", re.A | re.L),
             ("(?a)a", re.U), (b"(?L)a", re.A), ("(?L)a", 0)]:
    try:
        re.compile(p, f)
    except (re.error, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p in [r"a{4294967295}", r"a{1,4294967296}", r"\s{1000000000000}"]:
    try:
        re.compile(p)
    except OverflowError as e:
        print(repr(p), type(e).__name__, e)

# Replacement templates.
for t in [r"\g<x>", r"\2", r"\g<1a>", r"\g<>", r"\g<a", r"\g", r"\q", "\\", r"\g<-1>",
          r"\8", r"\11", r"\g<2>", r"\777"]:
    try:
        print(repr(t), re.sub("(a)", t, "a"))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e, getattr(e, "pos", None))

# Wrong types.
tests = [
    lambda: re.search("a", b"a"),
    lambda: re.search(b"a", "a"),
    lambda: re.findall("a", bytearray(b"a")),
    lambda: re.sub(b"a", b"x", "a"),
    lambda: re.search("a", 1),
    lambda: re.compile(1),
    lambda: re.compile(re.compile("a"), re.I),
    lambda: re.sub("a", b"x", "a"),
    lambda: re.sub(b"a", "x", b"a"),
    lambda: re.sub("a", lambda m: 1, "a"),
    lambda: re.match("(a)", "a").group(2),
    lambda: re.match("(a)", "a").group("x"),
    lambda: re.match("(a)", "a").start(-1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error("m").msg, re.error("m").pos, str(re.error("m", "ab", 1)))
