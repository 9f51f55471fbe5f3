import os
os.environ["COLUMNS"] = "80"  # the help is laid out for this width whatever the terminal

import argparse
def make(prog, n, pos=2):
    p = argparse.ArgumentParser(prog=prog)
    for i in range(n):
        p.add_argument(f'--option-number-{i}', metavar=f'VALUE{i}')
    p.add_argument('-x', action='store_true')
    for i in range(pos):
        p.add_argument(f'positional{i}', nargs=['?', '*', '+', None][i % 4])
    return p
for prog, n, pos in [('tool', 3, 2), ('tool', 8, 3), ('a-very-long-program-name-that-takes-up-most-of-the-line-width', 4, 2),
                     ('a-very-long-program-name-that-takes-up-most-of-the-line-width', 0, 6), ('t', 0, 12), ('t', 10, 0)]:
    p = make(prog, n, pos)
    print(p.format_usage())
    print(p.format_help())
g = argparse.ArgumentParser(prog='mutex')
m = g.add_mutually_exclusive_group()
for i in range(6):
    m.add_argument(f'--choice-number-{i}', action='store_true')
g.add_argument('--other', help=argparse.SUPPRESS)
m2 = g.add_mutually_exclusive_group(required=True)
m2.add_argument('--one', action='store_true')
m2.add_argument('--two', help=argparse.SUPPRESS)
m2.add_argument('--three', metavar='T')
print(g.format_usage())
import os
os.environ['COLUMNS'] = '50'
p = make('narrow', 3, 2)
print(p.format_help())
os.environ['COLUMNS'] = '200'
p = make('wide', 6, 2)
print(p.format_help())
