# Decimal int literals longer than sys.get_int_max_str_digits() are a
# SyntaxError when the source is compiled (CPython 3.11); the limit in
# force is the one at compile time.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if len(str(r)) < 60 else f"{len(str(r))} digits")
    except SyntaxError as e:
        print(label, "-> SyntaxError", e.lineno, e.msg)
    except ValueError as e:
        print(label, "-> ValueError", e)


def digits(n, first="1"):
    return first + "0" * (n - 1)


print(sys.get_int_max_str_digits())
attempt("4300 digits", lambda: eval(digits(4300)) % 997)
attempt("4301 digits", lambda: eval(digits(4301)))
attempt("negative 4301", lambda: eval("-" + digits(4301)))
attempt("underscores", lambda: eval("1_000" + "0" * 4300))
attempt("underscores within", lambda: eval("1_0" * 2150) % 997)
attempt("all zeros", lambda: eval("0" * 5000))
attempt("zeros with underscores", lambda: eval("0_" * 3000 + "0"))
attempt("leading zeros first", lambda: eval("0" * 5000 + "1"))
attempt("hex", lambda: eval("0x" + "f" * 5000).bit_length())
attempt("octal", lambda: eval("0o" + "7" * 5000).bit_length())
attempt("binary", lambda: eval("0b" + "1" * 5000).bit_length())
attempt("float", lambda: eval(digits(5000) + ".0"))
attempt("exponent", lambda: eval(digits(5000) + "e-4999"))
attempt("imaginary", lambda: eval(digits(5000) + "j"))
attempt("exec line 3", lambda: exec("a = 1\nb = 2\nc = " + digits(5000)))
attempt("compile", lambda: compile("\n\ny = -" + digits(4400) + " + 2", "f", "exec"))
attempt("in a function body", lambda: compile("def f():\n    return " + digits(4301), "f", "exec"))
attempt("f-string", lambda: eval('f"{' + digits(4301) + '}"'))
attempt("two literals", lambda: eval(digits(4301) + " + " + digits(4302)))

# Which error CPython reports when there is another one: a syntax error
# before the literal comes first; a tokenizer error after it wins.
attempt("parse error before", lambda: compile("def f(:\n x = " + digits(5000), "s", "exec"))
attempt("unmatched after", lambda: compile("x = " + digits(5000) + "\ny = )", "s", "exec"))
attempt("leading zeros after", lambda: compile("x = " + digits(5000) + "\ny = 012", "s", "exec"))
attempt("unclosed before", lambda: compile("x = (\n" + digits(5000) + " + 1", "s", "exec"))
attempt("unclosed same line", lambda: compile("x = " + digits(5000) + " + (", "s", "exec"))
attempt("indent after", lambda: compile("x = " + digits(5000) + "\n  y = 1", "s", "exec"))
attempt("parse error after", lambda: compile("x = " + digits(5000) + "\ny = 1 +", "s", "exec"))
attempt("unterminated after", lambda: compile("x = " + digits(5000) + '\ny = "abc', "s", "exec"))

# No limit: any length compiles.
sys.set_int_max_str_digits(0)
attempt("no limit eval", lambda: eval(digits(20000, "7")) % 997)
exec("big = " + digits(9000, "3"))
print(big % 1000003, hash(big))
code = compile("late = " + "9" * 2000, "s", "exec")

# A lower limit applies to what is compiled after it.
sys.set_int_max_str_digits(1000)
attempt("limit 1000, 1000", lambda: eval("9" * 1000) % 997)
attempt("limit 1000, 1001", lambda: eval("9" * 1001))
exec(code)
print("compiled before", late % 997)
attempt("str of it", lambda: str(late))
attempt("int of 1001", lambda: int("9" * 1001))
sys.set_int_max_str_digits(640)
attempt("limit 640, 641", lambda: eval("9" * 641))
sys.set_int_max_str_digits(4300)
attempt("back to 4300", lambda: eval(digits(4301)))

# int(text, 0): the digit limit is checked before the leading zeros.
for s in ("0" * 5000, "0" * 5000 + "1", "0" * 10 + "1", "0_0", "0_1"):
    attempt(f"int({s[:12]!r}, 0)", lambda: int(s, 0))
