# upper/lower/title/capitalize/swapcase/casefold.
words = ['hello', 'WORLD', 'mIxEd CaSe', "they're bill's friends", 'hello_world 42abc', '', 'ß', 'élan vital']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print('Straße'.casefold())
print('ABC'.lower() == 'abc', 'x'.upper())
print('o\'neil mcdonald'.title())
print('123abc'.capitalize(), 'ABC DEF'.capitalize())
