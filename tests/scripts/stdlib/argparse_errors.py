import os
os.environ["COLUMNS"] = "80"  # the help is laid out for this width whatever the terminal

import argparse, contextlib, io
p = argparse.ArgumentParser(prog='err')
p.add_argument('x', choices=['a', 'b'])
p.add_argument('y', type=int)
p.add_argument('-n', type=int)
p.add_argument('--f', type=float)
p.add_argument('--req', required=True)
p.add_argument('--pair', nargs=2)
p.add_argument('--some', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version', action='version', version='err 2.0')
m = p.add_mutually_exclusive_group()
m.add_argument('--up', action='store_true')
m.add_argument('--down', action='store_true')
def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            r = p.parse_args(argv)
        except SystemExit as e:
            r = f'SystemExit {e.code!r}'
    print(argv, '->', r)
    print('  out:', repr(out.getvalue()))
    print('  err:', repr(err.getvalue()))
for argv in [[], ['a'], ['z', '1', '--req', 'r'], ['a', 'x', '--req', 'r'], ['a', '1', '--req', 'r', '-n', 'x'],
             ['a', '1', '--req', 'r', '--f', 'nan?'], ['a', '1', '--req', 'r', '--zz', 'q'], ['a', '1', '--req'],
             ['a', '1', '--req', 'r', '--pair', 'p'], ['a', '1', '--req', 'r', '--some'], ['a', '1', '--req', 'r', '--up', '--down'],
             ['a', '1', '--req', 'r', '--flag=x'], ['a', '1', '--req', 'r', '--ver'], ['a', '1', '--req', 'r', '--v'],
             ['a', '1', '--req', 'r', '-h'], ['--version'], ['a', '1', '2', '--req', 'r'], ['-n'], ['a', '1', '--req', 'r', '-n', '-5'],
             ['a', '-1', '--req', 'r']]:
    run(argv)
try:
    p.error('custom problem')
except SystemExit as e:
    print('code', e.code)
try:
    p.add_argument('-n')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
for kw in [dict(action='store', nargs=0), dict(action='bogus'), dict(type='int'), dict(nargs=2, metavar=('A',)), dict(const=1)]:
    try:
        p.add_argument('--new', **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_argument('pos', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    p.add_argument('bad-opt', '-b')
except ValueError as e:
    print('ValueError', e)
q = argparse.ArgumentParser(prog='neg')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('n', nargs='?')
run2 = lambda a: print(q.parse_args(a))
run2(['-1'])
