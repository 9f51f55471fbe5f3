# is* predicate methods.
samples = ['abc', 'ABC', 'Abc', 'Abc Def', 'abc123', '123', '12.5', ' ', ' \t\n', '',
           '_ident', '2bad', 'a b', '\u00bd', '\u0663', '\u00b2', 'Ünïcode', 'Title Case Words', 'x1_y2']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric())
print('class'.isidentifier(), 'ℌello'.isidentifier())
print('ABC1'.isupper(), 'abc!'.islower(), '1'.isupper())
