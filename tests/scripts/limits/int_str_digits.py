# The limit on decimal digits in int <-> str conversion (CPython 3.11).
import sys

print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.flags.int_max_str_digits)


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if len(str(r)) < 60 else len(str(r)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("int 5000 digits", lambda: int("1" * 5000))
attempt("int 4300 digits", lambda: int("1" * 4300) % 1000)
attempt("int -4301 digits", lambda: int("-" + "1" * 4301))
attempt("int spaces", lambda: int(" 1" + "0" * 4300 + " "))
attempt("int underscores", lambda: int("1_" * 2200 + "1") % 1000)
attempt("int base 7", lambda: int("1" * 5000, 7))
attempt("int base 36", lambda: int("1" * 5000, 36))
attempt("int base 16", lambda: int("f" * 5000, 16).bit_length())
attempt("int base 2", lambda: int("1" * 5000, 2).bit_length())
attempt("int 0x prefix", lambda: int("0x" + "1" * 5000, 0).bit_length())
attempt("invalid first", lambda: int("1" * 4300 + "x"))
attempt("str 10**5000", lambda: str(10**5000))
attempt("repr", lambda: repr(-10**4300))
attempt("str 4300 digits", lambda: len(str(10**4299)))
attempt("f-string", lambda: f"{10**5000}")
attempt("format d", lambda: format(10**5000, "d"))
attempt("format ,", lambda: format(10**5000, ","))
attempt("percent d", lambda: "%d" % 10**5000)
attempt("hex", lambda: len(hex(10**5000)))
attempt("bin", lambda: len(bin(10**5000)))
attempt("float of long", lambda: float("1" * 5000))

for bad in (639, -1, 1, True):
    attempt(f"set {bad!r}", lambda: sys.set_int_max_str_digits(bad))
attempt("set 2**70", lambda: sys.set_int_max_str_digits(2**70))
attempt("set 1.5", lambda: sys.set_int_max_str_digits(1.5))

sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
attempt("str 700 digits", lambda: str(10**700))
attempt("int 641 digits", lambda: int("7" * 641))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
attempt("unlimited str", lambda: len(str(10**20000)))
attempt("unlimited int", lambda: int("9" * 20000) % 1000)
sys.set_int_max_str_digits(4300)
attempt("back to default", lambda: str(10**5000))
