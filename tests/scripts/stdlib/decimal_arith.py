# Arithmetic, rounding and the functions on many operands generated
# deterministically (a linear congruential generator), at random precisions
# and roundings, with the flags each row raised; then the special values
# against each other.
from decimal import *
import decimal

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n

def rdec():
    k = rnd(10)
    if k == 0:
        return Decimal(rnd(3) - 1)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12 if k < 8 else 40)))
    exp = rnd(30) - 15
    sign = '-' if rnd(2) else ''
    return Decimal('%s%sE%d' % (sign, digits, exp))

roundings = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    print(label, r)


for i in range(400):
    a, b = rdec(), rdec()
    prec = 1 + rnd(30)
    rounding = roundings[rnd(8)]
    with localcontext(prec=prec, rounding=rounding) as c:
        c.traps[DivisionByZero] = False
        c.traps[InvalidOperation] = False
        out = []
        for name, f in [('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b),
                        ('/', lambda: a / b), ('//', lambda: a // b), ('%', lambda: a % b),
                        ('sqrt', lambda: abs(a).sqrt()), ('q', lambda: a.quantize(Decimal('0.01'))),
                        ('ti', lambda: a.to_integral_value()), ('n', lambda: a.normalize()),
                        ('pow', lambda: a ** (rnd(7) - 2)), ('+a', lambda: +a), ('cmp', lambda: (a < b, a == b, a.compare(b))),
                        ('rn', lambda: a.remainder_near(b)), ('fma', lambda: a.fma(b, a)),
                        ('mx', lambda: (a.max(b), a.min(b))), ('hash', lambda: hash(a) == hash(float(a)) if a == float(a) else hash(a))]:
            try:
                r = f()
            except Exception as e:
                r = '%s %s' % (type(e).__name__, e)
            out.append('%s=%s' % (name, r))
        print(i, a, b, prec, rounding, ' '.join(out), sorted(k.__name__ for k, v in c.flags.items() if v))


def rdec2(maxexp=8):
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(15)))
    return Decimal('%s%sE%d' % ('-' if rnd(3) == 0 else '', digits, rnd(2 * maxexp) - maxexp - len(digits)//2))
def run(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s %s' % (type(e).__name__, e)
    return '%s=%s' % (label, r)
for i in range(80):
    a = rdec2(4)
    b = rdec2(2)
    prec = 1 + rnd(40)
    rounding = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP][rnd(8)]
    with localcontext(prec=prec, rounding=rounding, traps=[]) as c:
        out = [run('exp', lambda: a.exp()), run('ln', lambda: abs(a).ln()), run('log10', lambda: abs(a).log10()),
               run('pow', lambda: abs(a) ** b), run('sqrt', lambda: abs(a).sqrt()),
               run('str', lambda: (str(a), a.to_eng_string(), str(a * 1000000), (a*b).to_eng_string())),
               run('fmt', lambda: (format(a, '.3f'), format(a, ',.2f'), format(a, '.4e'), format(a, '.3%'), format(a, '.5g'), format(a, '>20,'), format(a, '020,.3f'))),
               run('int', lambda: (int(a), float(a), round(a), round(a, 2), a.as_integer_ratio(), a.as_tuple())),
               ]
        print(i, a, b, prec, rounding, ' '.join(out), sorted(k.__name__ for k, v in c.flags.items() if v))
specials = [Decimal(x) for x in ['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity', '0', '-0', '1', '-2.5', '0E-5', '1E+3', 'NaN123']]
for a in specials:
    for b in specials:
        with localcontext(traps=[]) as c:
            out = [run(op, f) for op, f in [('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b), ('/', lambda: a / b),
                   ('//', lambda: a // b), ('%', lambda: a % b), ('**', lambda: a ** b), ('cmp', lambda: a.compare(b)),
                   ('eq', lambda: a == b), ('lt', lambda: a < b), ('max', lambda: a.max(b)), ('min', lambda: a.min(b)),
                   ('q', lambda: a.quantize(b)), ('ct', lambda: a.compare_total(b)), ('dm', lambda: divmod(a, b))]]
            print(repr(a), repr(b), ' '.join(out), sorted(k.__name__ for k, v in c.flags.items() if v))
    with localcontext(traps=[]) as c:
        print(repr(a), [run(op, f) for op, f in [('sqrt', a.sqrt), ('exp', a.exp), ('ln', a.ln), ('log10', a.log10), ('neg', lambda: -a), ('abs', lambda: abs(a)),
                   ('n', a.normalize), ('ti', a.to_integral_value), ('cls', a.number_class), ('tuple', a.as_tuple), ('int', lambda: int(a)), ('float', lambda: float(a)),
                   ('hash', lambda: hash(a) if not a.is_nan() else 'nan'), ('nextp', a.next_plus), ('nextm', a.next_minus), ('logb', a.logb)]], sorted(k.__name__ for k, v in c.flags.items() if v))
