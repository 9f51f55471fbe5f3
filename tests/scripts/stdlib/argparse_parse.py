import argparse
import contextlib
import io


def parse(parser, argv):
    """parse_args(argv), or what went wrong (errors exit with status 2)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            return parser.parse_args(argv)
        except SystemExit as e:
            return f"SystemExit {e.code}: {err.getvalue().splitlines()[-1]}"

p = argparse.ArgumentParser(prog='demo', description='A demo.')
p.add_argument('x')
p.add_argument('y', nargs='?', default='dy')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', type=int, default=3)
p.add_argument('--name', default='anon', help='who (default: %(default)s)')
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--tag', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ac', action='append_const', const='k')
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--f', type=float)
p.add_argument('--pair', nargs=2)
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=int)
for argv in [['X'], ['X', 'Y', '-vv'], ['-v', 'X', '--verbose'], ['X', '-n3'], ['X', '-n', '7', '--name=bob'],
             ['X', '--name', 'al', '-qv'], ['X', '--no-color', '--tag', 'a', '--tag=b'], ['X', '--const', '--ac', '--ac'],
             ['X', '--mode', 'b', '--f', '2.5'], ['X', '--pair', '1', '2', 'Y'], ['X', '--many', 'a', 'b'], ['--many', '--', 'X'],
             ['X', '--some', '1', '2', '3'], ['X', '--verb'], ['--', '-X'], ['X', '--many']]:
    print(argv, parse(p, argv))
ns = p.parse_args(['X'])
print(vars(ns)['x'], ns.n, 'x' in ns, 'zz' in ns)
print(ns == argparse.Namespace(**vars(ns)), ns == 1)
print(p.parse_known_args(['X', '--zz', 'Y', 'W']))
n = argparse.Namespace(a=1, b='x')
print(n, repr(argparse.Namespace()), argparse.Namespace(**{'a-b': 1, 'c': 2}))
print(p.get_default('n'))
p.set_defaults(n=9, extra='e')
print(p.parse_args(['X']))
def even(s):
    v = int(s)
    if v % 2: raise argparse.ArgumentTypeError(f'{v} is odd')
    return v
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--e', type=even)
print(q.parse_args(['--e', '4']))
for bad in [['--e', '3'], ['--e', 'x']]:
    try: q.parse_args(bad)
    except argparse.ArgumentError as e: print('ArgumentError', e)
print(repr(p._actions[1]))
print(p)
