# re: bytes patterns, matched against bytes and bytearray; groups are
# bytes; classes, \b and case folding are ASCII-only; LOCALE is accepted.
import re

p = re.compile(rb"(?P<word>\w+)\s*=\s*(?P<num>\d+)")
m = p.search(b"  width = 42;")
print(m, m.group(), m.groups(), m.groupdict(), m.span("num"), m["word"], m.expand(rb"\g<num>:\1"), m.string)
print(p, p.flags, p.groups, p.groupindex, p.pattern)
m = p.search(bytearray(b"x=1"))
print(m, type(m.group()), m.group(1), m.string)
print(re.findall(rb"\w+", b"caf\xe9 bar_1"), re.findall(rb"\d", b"1\xb22"), re.findall(rb"\s", b" \t\x1c\xa0\x85"), re.findall(rb"\W", b"a\xe9-"))
print(re.findall(rb"(?i)CAF\xc9", b"caf\xe9 CAF\xc9 Caf\xc9"), re.findall(rb"(?i)[a-c]+", b"ABCabc\xc1"), re.findall(rb"\bb", b"\xe9b ab b"))
print(re.findall(rb"\x41\101[\x42-\x43]", b"AAB AAC"), re.findall(rb"[^a]", b"a\xffb"), re.findall(rb".", b"\x00\n\xff"), re.findall(b"\xe9+", b"\xe9\xe9x\xe9"))
print(re.sub(rb"(\w)", rb"[\1]", b"ab c"), re.sub(rb"a", b"\xff", bytearray(b"bab")), re.subn(b"a", lambda m: m.group().upper(), b"aXa"))
print(re.split(rb"\s+", b"a b  c"), re.split(rb"(,)", bytearray(b"a,b")), re.findall(rb"(a)(b)?", b"ab a"), re.findall(b"", b"ab"))
print([m.span() for m in re.finditer(rb"\xe9", b"a\xe9\xe9b")], re.fullmatch(rb"\xe9+", b"\xe9\xe9"), re.match(rb"a", b"ba", 1))
print(re.compile(b"a", re.L).flags, re.compile(rb"(?L)\w", re.I), re.compile(b"x", re.A), re.findall(rb"(?L)\w+", b"ab\xe9c"))
print(re.escape(b"a.b*c\xe9 "), re.escape(b"\x00-_"))
for f in [lambda: re.search("a", b"a"), lambda: re.search(b"a", "a"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.compile(b"a", re.U), lambda: re.compile(b"(?u)a"), lambda: re.compile(rb"\u0041"),
          lambda: re.sub(b"(a)", rb"\g<x>", b"a"), lambda: re.compile(b"a", re.A | re.L)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
