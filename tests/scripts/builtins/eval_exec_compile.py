# eval, exec and compile: the caller's namespaces, given ones, a separate
# locals mapping (names then behave as in a class body), code objects.
x = 10
print(eval("x * 2"), eval("  x + 1"))
exec("y = x + 5")
print(y)
def f(a):
    b = a * 3
    print(eval("a + b"), eval("len([a, b])"))
    exec("c = 1")
    return "b" in locals()
print(f(2))
g = {"n": 4}
exec("m = n ** 2\ndef sq(k):\n    return k * k\n", g)
print(g["m"], g["sq"](5), sorted(k for k in g if not k.startswith("__")))
ns = {}
exec("class A:\n    v = 3\nres = A.v * 2", {}, ns)
print(ns["res"], sorted(ns))
print(eval("p + q", {"p": 1}, {"q": 2}))
code = compile("total = sum(range(5))", "<calc>", "exec")
env = {}
exec(code, env)
print(env["total"], type(code).__name__)
e = compile("3 * 7", "<e>", "eval")
print(eval(e))
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError", err.msg)
try:
    exec("1/0")
except ZeroDivisionError as z:
    print("ZeroDivisionError", z)
try:
    eval(5)
except TypeError as t:
    print(t)
try:
    compile("x", "f", "bad")
except ValueError as v:
    print(v)
print(eval("[i * i for i in range(4)]"), eval("(lambda t: t + x)(1)"))
for bad in [lambda: exec(5), lambda: eval("x", []), lambda: exec("x", {}, 5)]:
    try:
        bad()
    except TypeError as t:
        print(t)
