# startswith/endswith with tuples and ranges.
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'))
print(s.endswith('.gz'), s.endswith('.tar'))
print(s.endswith(('.zip', '.gz')))
print(s.startswith(('a', 'b', 'f')))
print(s.startswith(()))
print(s.startswith('name', 4))
print(s.endswith('.tar', 0, 12))
print(s.startswith(''), s.endswith(''))
print(''.startswith(''), ''.endswith('a'))
print('abc'.startswith('abcd'))
print('Hello'.startswith('h'))
for f in ['a.py', 'b.rs', 'c.txt', 'd.PY']:
    print(f, f.endswith(('.py', '.rs')), f.lower().endswith('.py'))
try:
    s.startswith(['f'])
except TypeError as e:
    print(e)
