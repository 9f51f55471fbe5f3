# re: search/match/fullmatch, groups and names, findall/finditer, sub with
# templates and functions, split, flags, lookaround and backreferences.
import re
m = re.search(r"(\d+)-(\d+)", "tel: 555-1234 x")
print(m, m.group(), m.group(1, 2), m.groups(), m.span(), m.start(2), m[1])
print(re.match(r"\w+", "hello world").group(), re.match(r"\d", "abc"), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)\d", "a1 b2"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\s+", " ", "a   b \t c"), re.subn(r"a", "b", "aaa", count=2))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1))
p = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
m = p.search("x: alpha=12, beta=7")
print(p, p.groups, p.groupindex, m.groupdict(), m.group("val"), m.lastgroup, m.lastindex)
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S), re.search(r"HELLO", "say hello", re.I).group())
print(re.sub(r"x*", "-", "abxd"), re.findall(r"", "ab"), re.split(r"x*", "axbc"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.escape("a.b*c?"), re.search(r"end$", "the end\n"))
print(re.findall(r"(?<=@)\w+", "a@b c@d"), re.search(r"(\w)\1", "hello").group(), re.search(r"(?P<c>\w)(?P=c)", "aabb").group())
print(re.findall(r"\b\w{3}\b", "the cat sat on a mat"), re.findall(r"a{2,}", "a aa aaa"), re.findall(r"x{", "x{"), re.compile(r"\d+", re.I | re.M))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555.1234").groups())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error", type(e).__name__)
print(re.match(r"é+", "ééa").group(), re.search(r"a", "xéa").span(), re.sub(r"é", "e", "café"))
