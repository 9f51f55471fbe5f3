import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"):
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   wonderful world"), string.capwords("a-b c-d", "-"))
print(repr(string.capwords("  leading and trailing  ")), string.capwords("ÉCOLE élève"))
print(string.Formatter().format("{0}-{name}", 1, name="n"))
