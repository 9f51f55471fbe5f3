import textwrap

text = ("A well-known, state-of-the-art text-wrapping algorithm -- really -- "
        "works; doesn't it? Yes!! The quick brown fox jumps over the lazy dog. "
        "Supercalifragilisticexpialidocious words and e-mail addresses, x-rays.")
for width in (8, 12, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_long_words=False))
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.fill("Tabs\there and\nnewlines\r\nand  double  spaces.   Trailing   ", 12))
print(textwrap.wrap("Hello world. This is Mr. Smith! And Mrs. Jones? Okay.", 20, fix_sentence_endings=True))
print(textwrap.wrap("one two  three", 7, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("short", 10))
print(textwrap.wrap(text, 25, max_lines=3), textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
w = textwrap.TextWrapper(width=15, initial_indent="> ")
print(w.wrap("wrapper objects keep their settings between calls"), w.fill("second call"))
for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("some words", 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError:", e)
