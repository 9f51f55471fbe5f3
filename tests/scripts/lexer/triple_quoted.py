# Triple-quoted strings span lines and keep newlines.
s = """first
second
third"""
print(s)
print(len(s.splitlines()))
t = '''it's "quoted" inside'''
print(t)
u = """\
no leading newline"""
print(u)
v = """a\
b"""
print(v)
w = '''line with ''' + "end"
print(w)
print(repr("""x
"""))
print("""""" == '')
print('''"''' + """'""")
