# An error inside exec()d code: the traceback names <string>, no source line.
code = "def f(n):\n    return 10 // n\nf(0)\n"
exec(code)
