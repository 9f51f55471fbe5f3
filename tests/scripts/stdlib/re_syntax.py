# re: pattern syntax as Python reads it: repeats (big, {,n}, possessive,
# on empty groups), atomic groups, nesting, conditionals, backreferences
# (also case-folded), escapes (\x, \u, octal), VERBOSE details, \Z, \A,
# Unicode digits and spaces.
import re

for p in ["a{3000}", "(?:ab){500}", "\\w{200}", "(" * 50 + ")" * 50, "(a)" * 200, "x{0}", "x{0,0}",
          "(?:a|b){2,3}+c", "(?:)+", "(?=b)*a", "a{,2}b", "(?>a|ab)c", "(?>a+)a", "a++a", "(a?)+b"]:
    c = re.compile(p)
    print(len(p), c.groups, c.search("ab" * 1600 + "c") is not None, c.search("aab") is not None)
print(re.search(r"(?ai)(a)\1", "aA"), re.search(r"(?i)(a)\1", "aA"), re.search(rb"(?i)(a)\1", b"aA"), re.search(r"(a)(?i:\1)", "aA"))
print(re.findall(r"(?i)[^a]", "aAb"), re.findall(r"(?ai)[^a]", "aAb"), re.findall(rb"(?i)[^a]", b"aAb"))
print(re.match(r"(?x)a#b\n c", "ac"), re.match(r"(?x)[ #]", " "), re.match("(?x)a\\ b", "a b"), re.match(r"(?x)a{ 2}", "a{ 2}"))
print(re.findall(r"\d+", "١٢٣ 456"), re.findall(r"[\d]+", "١٢٣"), re.findall(r"\w", "_ñ"), re.sub(r"(?u)\s+", "_", "a\u3000b\x85c"))
print(re.findall(r"\x41\u00e9\U0001F600\101\0\07", "Aé😀A\x00\x07"), re.findall(r"[\u00e0-\u00e9]+", "àbé"), re.findall(r"\\\.\*", r"\.*"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"(?P<x>a)(?(x)b|c)", "ab ac"), re.findall(r"(a)?(?(1)b|c)", "ab c"), re.findall(r"(?:(a)|b)(?(1)x|y)", "ax by"))
print(re.findall(r"((a)(b))", "ab"), re.findall(r"(?P<n>\w)(?P=n)", "aabbcd"), re.findall(r"(\w)(\w)\2\1", "abba xyyx"), re.findall(r"\A\w|\w\Z", "ab\ncd"))
print(re.split(r"(?<=[.!?]) ", "Hi. How? Fine!"), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"), re.findall(r"(?<=\d{2})x", "1x 12x"))
print(re.findall(r"[-a-c]", "-b"), re.findall(r"[a-c-]", "-c"), re.findall(r"[\^a]", "^a"), re.findall(r"[a^]", "^"), re.findall(r"[\]a]", "]"), re.findall(r"[.*+?]", "a.*b"))
print(re.findall(r"a{2}?", "aaaa"), re.findall(r"a{2,}?", "aaaa"), re.findall(r"a{1,3}?", "aaaa"), re.findall(r"x{a}", "x{a}"), re.findall(r"x{2,1a}", "x{2,1a}"), re.findall(r"{", "{"))
