import textwrap

s = "Hello  world!   This is a longer sentence, with punctuation."
for width in (5, 6, 12, 20, 40, 80):
    print(width, repr(textwrap.shorten(s, width)), repr(textwrap.shorten(s, width, placeholder="...")))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n  \t\n")))
print(repr(textwrap.dedent("\ta\n    b\n")), repr(textwrap.dedent("  x\n \n  y")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(repr(textwrap.indent("a\n\n  b\nc", "> ")))
print(repr(textwrap.indent("a\n\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "  ")))
