# Render a list of records as a boxed text table.
def render(headers, rows):
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    def line(values, numeric):
        out = []
        for v, w, num in zip(values, widths, numeric):
            out.append(' ' + (v.rjust(w) if num else v.ljust(w)) + ' ')
        return '|' + '|'.join(out) + '|'
    numeric = [all(isinstance(r[i], (int, float)) for r in rows) for i in range(len(headers))]
    print(sep)
    print(line(headers, [False] * len(headers)))
    print(sep.replace('-', '='))
    for r in cells:
        print(line(r, numeric))
    print(sep)
render(['name', 'lang', 'stars'], [('pyslot', 'Rust', 42), ('cpython', 'C', 60000), ('pypy', 'RPython', 1200)])
render(['x', 'x squared', 'x / 7'], [(i, i * i, round(i / 7, 3)) for i in range(1, 6)])
render(['only'], [('a',), ('longer value',)])
