import argparse, contextlib, io, os


def parse(parser, argv):
    """parse_args(argv), or what went wrong (errors exit with status 2)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            return parser.parse_args(argv)
        except SystemExit as e:
            return f"SystemExit {e.code}: {err.getvalue().splitlines()[-1]}"

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='x', description='%(prog)s does things. 100%% sure.')
p.add_argument('items', nargs='+', metavar='ITEM', help='')
p.add_argument('-v', action='store_true', help='verbose  output\n  with   spaces')
p.add_argument('--up', type=str.upper)
p.add_argument('--abc-def', '-a', nargs=3, type=int, help='three')
m = p.add_mutually_exclusive_group()
m.add_argument('opt', nargs='?', default='d')
m.add_argument('--zz', action='store_true')
print(p.format_help())
for argv in [['a', '-v', 'b'], ['a', 'b', '--up', 'q'], ['a', '-a', '1', '2', '3'], ['a', '--abc', '1', '2', '3'], ['-v', 'a', 'b', 'c']]:
    print(argv, parse(p, argv))
q = argparse.ArgumentParser(prog='q', allow_abbrev=False)
q.add_argument('--verbose', action='store_true')
print(q.parse_known_args(['--verb']))
r = argparse.ArgumentParser(prog='r')
r.add_argument('--foo'); r.add_argument('--foobar')
try:
    with contextlib.redirect_stderr(io.StringIO()) as e:
        r.parse_args(['--fo', '1'])
except SystemExit as ex:
    print(ex.code, e.getvalue())
print(r.parse_args(['--foo=1', '--foob', '2']))
t = argparse.ArgumentParser(prog='t', prefix_chars='+')
t.add_argument('+x', action='store_true')
print(t.format_help(), t.parse_args(['+x']))
g = argparse.ArgumentParser(prog='g')
grp = g.add_argument_group('Special', 'Description of the special group which is long enough to wrap around the width of the terminal.')
grp.add_argument('--s1', help='first')
mg = grp.add_mutually_exclusive_group()
mg.add_argument('--m1', action='store_true')
mg.add_argument('--m2', action='store_true')
print(g.format_help())
print(p.parse_args(['a', '--', '-b']), vars(p.parse_args(['a'])))
