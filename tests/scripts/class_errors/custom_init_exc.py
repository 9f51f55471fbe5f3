# Custom __init__ calling super().__init__(msg), extra attributes, custom __str__.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f'line {line}: {msg}')
        self.line = line
        self.msg = msg

class Quiet(Exception):
    def __init__(self, code):
        self.code = code

class Pretty(Exception):
    def __str__(self):
        return 'Pretty<' + ', '.join(map(str, self.args)) + '>'

try:
    raise ParseError(3, 'unexpected token')
except ParseError as e:
    print(e)
    print(repr(e))
    print(e.args, e.line, e.msg)
q = Quiet(7)
print(q.args, q.code, repr(q), str(q) == '')
p = Pretty(1, 'two')
print(p, repr(p), p.args)
print(f'{p}')
e = Exception('base')
e.extra = 'attached'
print(e.extra, e)
