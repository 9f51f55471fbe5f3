//! Statement and expression shapes.

mod show;

use pyslot_grammar::{parse_expression, parse_interactive, parse_module};

fn e(src: &str) -> String {
    match parse_expression(src) {
        Ok(x) => show::expr(&x),
        Err(err) => panic!("{src:?}: {err:?}"),
    }
}

fn m(src: &str) -> String {
    match parse_module(src) {
        Ok(s) => show::stmts(&s),
        Err(err) => panic!("{src:?}: {err:?}"),
    }
}

#[test]
fn precedence() {
    let cases = [
        ("-2**2", "(Neg (** 2 2))"),
        ("2**-1", "(** 2 (Neg 1))"),
        ("2**3**4", "(** 2 (** 3 4))"),
        ("a if b else c or d", "(if b a (Or c d))"),
        ("not a == b", "(Not (cmp a == b))"),
        ("a or b and not c", "(Or a (And b (Not c)))"),
        ("1 + 2 * 3 - 4", "(- (+ 1 (* 2 3)) 4)"),
        ("a | b ^ c & d << 1 + 2", "(| a (^ b (& c (<< d (+ 1 2)))))"),
        ("a < b <= c != d", "(cmp a < b <= c != d)"),
        (
            "a not in b is not c in d is e",
            "(cmp a not in b is not c in d is e)",
        ),
        ("-x.y[1](2)", "(Neg (call (sub (. x y) 1) 2))"),
        ("~a // b % c @ d / e", "(/ (@ (% (// (Invert a) b) c) d) e)"),
        ("lambda: 1", "(lambda [] (return 1))"),
        (
            "lambda x, y=2, *a, z, **k: x",
            "(lambda [x y=2 *a z **k] (return x))",
        ),
        (
            "lambda a, /, b, *, c=1: 0",
            "(lambda [a / b * c=1] (return 0))",
        ),
        ("a if b else lambda: c", "(if b a (lambda [] (return c)))"),
        ("x, y", "(tuple x y)"),
        ("x,", "(tuple x)"),
        ("()", "(tuple )"),
        ("(1)", "1"),
        ("(1,)", "(tuple 1)"),
        ("[1, *a, 2,]", "(list 1 *a 2)"),
        ("{}", "(dict )"),
        ("{1: 2, **d, 3: 4}", "(dict 1:2 **d 3:4)"),
        ("{1, *s}", "(set 1 *s)"),
        (
            "[x for x in y if x if not x for z in x]",
            "(Listcomp x (for x y (if x) (if (Not x))) (for z x))",
        ),
        ("{k: v for k, v in d}", "(Dictcomp k:v (for (tuple k v) d))"),
        ("{x for x in y}", "(Setcomp x (for x y))"),
        ("(x for x in y)", "(Generatorcomp x (for x y))"),
        ("f(x for x in y)", "(call f (Generatorcomp x (for x y)))"),
        ("f(a, *b, c=1, **d)", "(call f a *b c=1 **d)"),
        ("f(a)(b)", "(call (call f a) b)"),
        ("a[1:2:3]", "(sub a (slice 1 2 3))"),
        ("a[:, 1]", "(sub a (tuple (slice _ _ _) 1))"),
        ("a[::2]", "(sub a (slice _ _ 2))"),
        ("a[1:]", "(sub a (slice 1 _ _))"),
        ("a[x,]", "(sub a (tuple x))"),
        ("(y := 5)", "(:= y 5)"),
        ("f(y := 1)", "(call f (:= y 1))"),
        (
            "[y for x in z if (y := x)]",
            "(Listcomp y (for x z (if (:= y x))))",
        ),
        ("...", "..."),
        ("None, True, False", "(tuple None True False)"),
        ("1 if x else 2 if y else 3", "(if x 1 (if y 2 3))"),
        ("a.b.c", "(. (. a b) c)"),
        ("x[a:b, c]", "(sub x (tuple (slice a b _) c))"),
        ("1if x else 2", "(if x 1 2)"),
        ("not not x", "(Not (Not x))"),
        ("- - x", "(Neg (Neg x))"),
        ("await_ + 1", "(+ await_ 1)"),
    ];
    for (src, want) in cases {
        assert_eq!(e(src), want, "{src}");
    }
}

#[test]
fn numbers() {
    let cases = [
        ("0", "0"),
        ("1_000", "1000"),
        ("0x_ff", "255"),
        ("0o17", "15"),
        ("0b1010", "10"),
        ("00", "0"),
        ("9223372036854775807", "9223372036854775807"),
        ("9223372036854775808", "big:9223372036854775808"),
        ("0xffffffffffffffffff", "big:4722366482869645213695"),
        ("1.5", "1.5"),
        (".5", "0.5"),
        ("5.", "5.0"),
        ("1e10", "10000000000.0"),
        ("1E-2", "0.01"),
        ("1_0.0_1e1_0", "100100000000.0"),
        ("3j", "3.0j"),
        ("1.5J", "1.5j"),
        ("012.5", "12.5"),
        ("1e400", "inf"),
    ];
    for (src, want) in cases {
        assert_eq!(e(src), want, "{src}");
    }
}

#[test]
fn strings() {
    let cases = [
        (r#"'a' "b" '''c''' """d""""#, r#""abcd""#),
        (r#"'\n\t\\\'\"'"#, r#""\n\t\\'\"""#),
        (r"'\a\b\f\v\0'", r#""\u{7}\u{8}\u{c}\u{b}\0""#),
        (r"'\101\x41\u0041\U00000041\N{BULLET}'", r#""AAAA•""#),
        (r"'\d\w'", r#""\\d\\w""#),
        (r"r'\n\d'", r#""\\n\\d""#),
        (r"R'\''", r#""\\'""#),
        ("'a\\\nb'", r#""ab""#),
        (r"b'\x00\x41' B'z'", r#"b"\0Az""#),
        (r"rb'\n' bR'x'", r#"b"\\nx""#),
        ("u'x'", r#""x""#),
        ("'''a\nb'''", r#""a\nb""#),
        ("'é€'", r#""é€""#),
        (r"'\N{em dash}'", r#""—""#),
    ];
    for (src, want) in cases {
        assert_eq!(e(src), want, "{src}");
    }
}

#[test]
fn fstrings() {
    let cases = [
        ("f'a{x}b'", r#"(f "a" {x} "b")"#),
        ("f'{x!r:>{w}}'", r#"(f {x !r :[">" {w}]})"#),
        ("f'{x=}'", r#"(f {x dbg="x=" !r})"#),
        ("f'{x = }'", r#"(f {x dbg="x = " !r})"#),
        ("f'{x=:>5}'", r#"(f {x dbg="x=" :[">5"]})"#),
        ("f'{x=!s}'", r#"(f {x dbg="x=" !s})"#),
        ("f'{{}}{x}'", r#"(f "{}" {x})"#),
        ("'a' f'b{x}' 'c' f'd'", r#"(f "ab" {x} "cd")"#),
        ("f'{a!=b}'", r#"(f {(cmp a != b)})"#),
        ("f'{a == b}'", r#"(f {(cmp a == b)})"#),
        ("f'{x:{a}.{b}f}'", r#"(f {x :[{a} "." {b} "f"]})"#),
        ("f'{d[\"k\"]}'", r#"(f {(sub d "k")})"#),
        ("f'{ {1: 2}[1] }'", r#"(f {(sub (dict 1:2) 1)})"#),
        ("f'{x:%H:%M}'", r#"(f {x :["%H:%M"]})"#),
        (r"f'\n{x}\t'", r#"(f "\n" {x} "\t")"#),
        (r"rf'\n{x}'", r#"(f "\\n" {x})"#),
        ("f'{a, b}'", "(f {(tuple a b)})"),
        ("f''", "(f )"),
        (r"f'\N{BULLET}{x}'", r#"(f "•" {x})"#),
        ("f'''{\nx\n}'''", "(f {x})"),
    ];
    for (src, want) in cases {
        assert_eq!(e(src), want, "{src}");
    }
    // Field spans point into the original source.
    let x = parse_expression("f'ab{xy}'").unwrap();
    if let pyslot_grammar::ast::ExprKind::FString(parts) = &x.kind {
        if let pyslot_grammar::ast::FStringPart::Expr { value, .. } = &parts[1] {
            assert_eq!((value.span.start, value.span.end), (5, 7));
            return;
        }
    }
    panic!("bad f-string shape");
}

#[test]
fn statements() {
    let cases = [
        ("x = 1", "(= x 1)"),
        ("a = b = c", "(= a b c)"),
        ("a, *b = c", "(= (tuple a *b) c)"),
        ("[a, (b, c)] = d", "(= (list a (tuple b c)) d)"),
        ("x.y = z[0] = 1", "(= (. x y) (sub z 0) 1)"),
        ("x = 1, *r", "(= x (tuple 1 *r))"),
        ("x = yield", "(= x (yield))"),
        ("x = yield from g()", "(= x (yield-from (call g)))"),
        ("x += 1", "(+= x 1)"),
        ("x **= y = 1" , ""),
        ("x: int", "(ann x int)"),
        ("x: int = 5", "(ann x int 5)"),
        ("(x): int = 5", "(ann-complex x int 5)"),
        ("a.b: int", "(ann-complex (. a b) int)"),
        ("del a, b[0], c.d", "(del a (sub b 0) (. c d))"),
        ("pass; break; continue", "pass break continue"),
        ("return", "(return)"),
        ("return 1, *rest", "(return (tuple 1 *rest))"),
        ("raise", "(raise)"),
        ("raise X from Y", "(raise X from Y)"),
        ("global a, b", "(global a b)"),
        ("nonlocal a", "(nonlocal a)"),
        ("assert x, 'm'", "(assert x \"m\")"),
        ("import a.b.c as d, e.f", "(import a.b.c as d->d e.f->e)"),
        ("from . import x", "(from . x->x)"),
        ("from ...a.b import (x as y, z,)", "(from ...a.b x as y->y z->z)"),
        ("from .... import x", "(from .... x->x)"),
        ("from m import *", "(from m *)"),
        ("if a: x\nelif b: y\nelif c: z\nelse: w", "(if a [x] [(if b [y] [(if c [z] [w])])])"),
        ("while x:\n  pass\nelse:\n  y", "(while x [pass] [y])"),
        ("for a, b in c: pass", "(for (tuple a b) c [pass] [])"),
        ("for x in *a, *b: pass", "(for x (tuple *a *b) [pass] [])"),
        ("for x in y:\n  break\nelse: z", "(for x y [break] [z])"),
        ("try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f",
         "(try [a] (except E as e [b]) (except (tuple F G) [c]) (except [d]) [e] [f])"),
        ("try: a\nfinally: b", "(try [a] [] [b])"),
        ("with a as b, c: pass", "(with a as b, c [pass])"),
        ("with (a as b, c as d,): pass", "(with a as b, c as d [pass])"),
        ("with (a, b): pass", "(with a, b [pass])"),
        ("with (a, b) as c: pass", "(with (tuple a b) as c [pass])"),
        ("with (a): pass", "(with a [pass])"),
        ("with a as (b, c): pass", "(with a as (tuple b c) [pass])"),
        ("def f(a, b=1, *args, c, d=2, **kw): pass", "(def f [a b=1 *args c d=2 **kw] [pass])"),
        ("def f(a, /, b, *, c): pass", "(def f [a / b * c] [pass])"),
        ("def f(a: int = 1, *b: str, **c: bool) -> None: pass", "(def f [a:int=1 *b:str **c:bool] -> None [pass])"),
        ("def f(a,): pass", "(def f [a] [pass])"),
        ("@d\n@e.f(1)\ndef g(): pass", "(def @d @(call (. e f) 1) g [] [pass])"),
        ("def g():\n  yield", "(def g [] gen [(yield)])"),
        ("def g():\n  def h(): yield\n  return lambda: (yield)", "(def g [] [(def h [] gen [(yield)]) (return (lambda [] (return (yield))))])"),
        ("def g():\n  if x:\n    y = [(yield z) for q in r]\n", "(def g [] [(if x [(= y (Listcomp (yield z) (for q r)))] [])])"),
        ("def g():\n  for x in (yield): pass", "(def g [] gen [(for x (yield) [pass] [])])"),
        ("class A: pass", "(class A () [pass])"),
        ("class A(B, C, metaclass=M, **k):\n  x = 1", "(class A (B C metaclass=M **k) [(= x 1)])"),
        ("@dec\nclass A(): pass", "(class @dec A () [pass])"),
        ("x = (\n  1,\n  2)\n", "(= x (tuple 1 2))"),
        ("x = 1 + \\\n  2", "(= x (+ 1 2))"),
        ("f(**k, z=1)", "(call f **k z=1)"),
        ("f(*a, *b, k=1, *c)", "(call f *a *b *c k=1)"),
        ("x = [\n# comment\n]", "(= x (list ))"),
        ("if x:\n  # c\n\n  y\n# d\nz", "(if x [y] []) z"),
    ];
    for (src, want) in cases {
        if want.is_empty() {
            assert!(parse_module(src).is_err(), "{src}");
            continue;
        }
        assert_eq!(m(src), want, "{src}");
    }
}

#[test]
fn interactive_and_eval() {
    assert_eq!(
        show::stmts(&parse_interactive("x = 1\n").unwrap()),
        "(= x 1)"
    );
    assert_eq!(show::stmts(&parse_interactive("a; b").unwrap()), "a b");
    assert_eq!(
        show::stmts(&parse_interactive("if x:\n  y\n").unwrap()),
        "(if x [y] [])"
    );
    assert!(parse_interactive("").unwrap().is_empty());
    let err = parse_interactive("x = 1\ny = 2\n").unwrap_err();
    assert_eq!(
        err.msg,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!(e("1 + 2\n"), "(+ 1 2)");
    assert_eq!(e("(1 +\n 2)"), "(+ 1 2)");
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("1\n2").is_err());
}

#[test]
fn spans() {
    let s = parse_module("x = 1\nif y:\n    z = foo(1)\n").unwrap();
    assert_eq!((s[0].span.start, s[0].span.end), (0, 5));
    assert_eq!(s[1].span.start, 6);
    let x = parse_expression("  a + bc").unwrap();
    assert_eq!((x.span.start, x.span.end), (2, 8));
}

#[test]
fn realistic_program() {
    let src = include_str!("program.py");
    let stmts = parse_module(src).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(stmts.len() > 10);
}
