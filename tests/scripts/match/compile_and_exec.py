# Pattern errors are compile errors: compile() reports them before anything
# runs; exec() and eval() of text run match statements.
for src in [
    "match 1:\n case x:\n  pass\n case 2:\n  pass\n",
    "match 1:\n case {1: a, 1: b}:\n  pass\n",
    "match 1:\n case [a, *b, *c]:\n  pass\n",
    "match 1:\n case C(x=1, x=2):\n  pass\n",
    "print('side effect')\nmatch 1:\n case a | b:\n  pass\n",
    "for i in range(3):\n    break\nbreak\n",
]:
    try:
        compile(src, "<text>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_offset)

code = compile("match [1, 2]:\n case [a, *b]:\n  r = (a, b)\n", "<text>", "exec")
ns = {}
exec(code, ns)
print(ns["r"], ns["a"], ns["b"])

exec("def f(v):\n    match v:\n        case {'k': k}:\n            return k\n", ns)
print(ns["f"]({"k": 42}))
print(eval("[match for match in range(3)]"))
