# re: findall, finditer, sub and subn (templates and functions), split:
# empty matches, groups that took no part, counts, escapes in templates.
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)\d", "a1 b2"), re.findall(r"(a)(b)?", "ab a"))
print(re.findall(r"", "ab"), re.findall(r"\b", "ab cd"), re.findall(r"x*", "axxb"), re.findall(r"a|", "ab"), re.findall(r"$", "ab"))
print(list(re.finditer(r"\d", "a1b2")), [m.group() for m in re.finditer(r"\w*", "ab c")], [m.span() for m in re.finditer(r"", "abc")])
it = re.finditer(r"\d", "1 2 3")
print(next(it), next(it), next(it), next(it, "done"))
words = " ".join(str(i) for i in range(100))
print(len(list(re.finditer(r"\d+", words))), sum(int(m.group()) for m in re.finditer(r"\d+", words)))

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\s+", " ", "a   b \t c"), re.subn(r"a", "b", "aaa", count=2), re.subn("a", "b", "aaa", 0))
print(re.sub("a", r"\n\t", "a") == "\n\t", re.sub("a", r"\.\-\&", "a"), re.sub("(a)", r"\g<1>0\g<0>", "a"), re.sub("(a)", r"\1\0\07x", "a") == "a\x00\x07x", re.sub("a", r"\141", "a"))
print(re.sub(r"(?P<w>\w)", r"\g<w>\g<w>", "ab"), re.sub(r"(b)|c", r"[\1]", "bc"), re.sub(r"x*", "-", "abxd"), re.sub("", "-", "ab"), re.sub("a", "", "banana"))
print(re.sub("a", lambda m: m.group().upper(), "banana", 2), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn(r"(\d)", lambda m: m[1] * int(m[1]), "1 2 3"))
print(re.sub(r"(\w)(\d)?", lambda m: repr(m.groups()), "a1b"), re.sub(r"a", "b", "xyz"), re.subn(r"a", "b", ""), re.sub("a", "b", "aaa", count=-1))
print(re.sub(r"é", "e", "café é"), re.sub("(?i)É", "E", "éÉ"), re.sub(r"\w", lambda m: m.group() * 2, "aé"))
pieces = []
def spy(m):
    pieces.append((m.span(), m.pos, m.endpos, m.string))
    return "<" + m.group() + ">"
print(re.sub(r"b+", spy, "abbcb"), pieces)

print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1), re.split(",", "a,b", -1), re.split(",", "a,b", 0))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split("(a)|(b)", "1a2b3"), re.split("", "abc"), re.split(r"\s", ""), re.split("(?=b)", "abab"))
print(re.split(r"(\d)(x)?", "a1b2xc"), re.split("a", "a"), re.split("é", "aébéc"), re.split(r"(?m)^", "a\nb\n"))

# After an empty match, a non-empty one may start at the same place.
print(re.findall(r"|a", "a"), re.findall(r"b*?", "abb"), re.sub(r"[ab]*?", "-", "ab"), re.split(r"\d?\b", "a1 b2"))
print([m.span() for m in re.finditer(r"(?=a)|a", "aa")], re.subn(r"x??", "-", "xx"), re.findall(r"\B", ""), re.findall(r"\B", " "), re.compile(r"\B").search(" a", 1, 1))
big = "ab" * 300
print(len(re.findall(r"b*?", big)), len(list(re.finditer(r"|b", big))), re.sub(r"a??", ".", "aab"))
