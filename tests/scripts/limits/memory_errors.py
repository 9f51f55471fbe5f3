# Sizes no machine has: MemoryError or CPython's OverflowError, never a crash.
cases = [
    "[0, 1] * 2**62", "[0] * 2**62", "[0] * 2**63", "(0, 1) * 2**62",
    "'ab' * 2**62", "'a' * 2**63", "'a' * -2**64", "'a' * -2**63",
    "b'x' * 2**62", "b'xx' * 2**62", "b'x' * 2**63", "bytearray(b'xx') * 2**62",
    "bytearray(2**62)", "bytearray(2**63)", "bytes(2**62)", "bytes(2**63)", "bytes(-1)",
    "f'{1:>{2**62}}'", "f'{1:>{2**63}}'", "'%*d' % (2**62, 1)", "'%*d' % (2**63, 1)",
    "'%.*f' % (2**40, 1.0)", "'x'.ljust(2**62)", "'x'.ljust(2**63)", "'x'.center(2**62)",
    "'x'.zfill(2**62)", "'x'.rjust(2**62)", "'\\t'.expandtabs(2**62)", "'x'.expandtabs(2**31)",
    "list(range(2**62))", "[*range(2**62)]", "(1).to_bytes(2**62, 'big')",
    "(1).to_bytes(2**63, 'big')", "b'ab'.ljust(2**62)", "b'ab'.zfill(2**62)",
    "b'ab'.center(2**62)", "b'x'.expandtabs(2**31)", "format(1, '9999999999999999999999')",
    "format(1.5, '.9999999999999999999999f')", "'%.2000000000000f' % 1.0",
    "1 << 2**62", "1 << 2**63", "0 << 2**100", "0 ** (2**70)", "1 ** (2**70)",
    "(-1) ** (2**70 + 1)", "[] * 2**70", "'' * 2**63", "[[]] * 2**62", "(1,) * 2**61",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r)
    except (MemoryError, OverflowError, ValueError, TypeError) as e:
        print(c, "->", type(e).__name__, e)

l = [0]
try:
    l *= 2**62
except MemoryError as e:
    print("l *= 2**62 ->", type(e).__name__, e, l)
ba = bytearray(5)
try:
    ba *= 2**62
except MemoryError as e:
    print("ba *= 2**62 ->", type(e).__name__, e, ba)
