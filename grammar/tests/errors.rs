//! Bad inputs and CPython 3.11's messages for them.

use pyslot_grammar::{parse_expression, parse_module, SyntaxErrorKind};

use SyntaxErrorKind::{IndentationError as Ind, SyntaxError as Syn, TabError as Tab};

#[test]
fn messages() {
    let cases: &[(&str, SyntaxErrorKind, &str)] = &[
        ("f(x for x in y, 1)", Syn, "Generator expression must be parenthesized"),
        ("0b2", Syn, "invalid digit '2' in binary literal"),
        ("0o8", Syn, "invalid digit '8' in octal literal"),
        ("0x", Syn, "invalid hexadecimal literal"),
        ("0xg", Syn, "invalid hexadecimal literal"),
        ("1_000_", Syn, "invalid decimal literal"),
        ("1__0", Syn, "invalid decimal literal"),
        ("1e", Syn, "invalid decimal literal"),
        ("1.real", Syn, "invalid decimal literal"),
        ("12abc", Syn, "invalid decimal literal"),
        ("012", Syn, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("0_7", Syn, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("$", Syn, "invalid syntax"),
        ("a ? b", Syn, "invalid syntax"),
        ("x = 1 €", Syn, "invalid character '€' (U+20AC)"),
        ("a\u{00a0}b", Syn, "invalid non-printable character U+00A0"),
        ("for x in y\n pass", Syn, "expected ':'"),
        ("if x\n  pass", Syn, "expected ':'"),
        ("def f()\n  pass", Syn, "expected ':'"),
        ("class A\n pass", Syn, "expected ':'"),
        ("while x\n pass", Syn, "expected ':'"),
        ("try\n pass", Syn, "expected ':'"),
        ("if x:\n  pass\nelse\n  pass", Syn, "expected ':'"),
        ("else", Syn, "invalid syntax"),
        ("x = 1 +", Syn, "invalid syntax"),
        ("x = 1 2", Syn, "invalid syntax"),
        ("f(a b)", Syn, "invalid syntax. Perhaps you forgot a comma?"),
        ("[1 2]", Syn, "invalid syntax. Perhaps you forgot a comma?"),
        ("if x:\npass", Ind, "expected an indented block after 'if' statement on line 1"),
        ("x = 1\nif x:\n\n# c\npass", Ind, "expected an indented block after 'if' statement on line 2"),
        ("for x in y:\n  pass\nelse:\nx", Ind, "expected an indented block after 'else' statement on line 3"),
        ("def f():\nreturn", Ind, "expected an indented block after function definition on line 1"),
        ("class A:\nx", Ind, "expected an indented block after class definition on line 1"),
        ("while x:\nx", Ind, "expected an indented block after 'while' statement on line 1"),
        ("try:\nx", Ind, "expected an indented block after 'try' statement on line 1"),
        ("try:\n x\nexcept:\nx", Ind, "expected an indented block after 'except' statement on line 3"),
        ("try:\n x\nfinally:\nx", Ind, "expected an indented block after 'finally' statement on line 3"),
        ("if x:\n x\nelif y:\nx", Ind, "expected an indented block after 'elif' statement on line 3"),
        ("with x:\nx", Ind, "expected an indented block after 'with' statement on line 1"),
        ("if x:", Ind, "expected an indented block after 'if' statement on line 1"),
        ("  x", Ind, "unexpected indent"),
        ("x\n  y", Ind, "unexpected indent"),
        ("if x:\n  a\n b", Ind, "unindent does not match any outer indentation level"),
        ("if x:\n\ta\n        b", Tab, "inconsistent use of tabs and spaces in indentation"),
        ("x = (1,\n2]", Syn, "closing parenthesis ']' does not match opening parenthesis '(' on line 1"),
        ("x = (1, 2]", Syn, "closing parenthesis ']' does not match opening parenthesis '('"),
        ("x = (1,\n2", Syn, "'(' was never closed"),
        ("x = ))", Syn, "unmatched ')'"),
        ("}", Syn, "unmatched '}'"),
        ("f() = 1", Syn, "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("1 = x", Syn, "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("x + 1 = 2", Syn, "cannot assign to expression here. Maybe you meant '==' instead of '='?"),
        ("(a, b) += 1", Syn, "'tuple' is an illegal expression for augmented assignment"),
        ("f() += 1", Syn, "'function call' is an illegal expression for augmented assignment"),
        ("x = *a", Syn, "can't use starred expression here"),
        ("*a = 1", Syn, "starred assignment target must be in a list or tuple"),
        ("a, *b, *c = 1", Syn, "multiple starred expressions in assignment"),
        ("del f()", Syn, "cannot delete function call"),
        ("True = 1", Syn, "cannot assign to True"),
        ("for f() in x: pass", Syn, "cannot assign to function call"),
        ("[x for f() in y]", Syn, "cannot assign to function call"),
        ("with a as f(): pass", Syn, "cannot assign to function call"),
        ("yield = 1", Syn, "assignment to yield expression not possible"),
        ("f(a=1, b)", Syn, "positional argument follows keyword argument"),
        ("f(**a, b)", Syn, "positional argument follows keyword argument unpacking"),
        ("f(**a, *b)", Syn, "iterable argument unpacking follows keyword argument unpacking"),
        ("f(a=1,a=2)", Syn, "keyword argument repeated: a"),
        ("f(a.b=1)", Syn, "expression cannot contain assignment, perhaps you meant \"==\"?"),
        ("def f(a=1, b): pass", Syn, "non-default argument follows default argument"),
        ("def f(a, a): pass", Syn, "duplicate argument 'a' in function definition"),
        ("lambda a, *a: 0", Syn, "duplicate argument 'a' in function definition"),
        ("def f(*): pass", Syn, "named arguments must follow bare *"),
        ("def f(**k, a): pass", Syn, "arguments cannot follow var-keyword argument"),
        ("def f(/): pass", Syn, "invalid syntax"),
        ("def f(a, /, b, /): pass", Syn, "/ may appear only once"),
        ("def f(*a, /): pass", Syn, "/ must be ahead of *"),
        ("def f(*, a, *b): pass", Syn, "* argument may appear only once"),
        ("def f(a, **k, *b): pass", Syn, "arguments cannot follow var-keyword argument"),
        ("f(True=1)", Syn, "cannot assign to True"),
        ("a\u{200b}b", Syn, "invalid non-printable character U+200B"),
        ("(f() := 1)", Syn, "cannot use assignment expressions with function call"),
        ("\"a\" b\"c\"", Syn, "cannot mix bytes and nonbytes literals"),
        ("'abc", Syn, "unterminated string literal (detected at line 1)"),
        ("x = 1\n'abc\n", Syn, "unterminated string literal (detected at line 2)"),
        ("'''abc\n\n", Syn, "unterminated triple-quoted string literal (detected at line 2)"),
        ("x = '''abc\n\n\nd", Syn, "unterminated triple-quoted string literal (detected at line 4)"),
        ("b'é'", Syn, "bytes can only contain ASCII literal characters"),
        ("f'{}'", Syn, "f-string: empty expression not allowed"),
        ("f'{ }'", Syn, "f-string: empty expression not allowed"),
        ("f'{x!z}'", Syn, "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("f'{a b}'", Syn, "f-string: invalid syntax. Perhaps you forgot a comma?"),
        ("f'{x'", Syn, "f-string: expecting '}'"),
        ("f'}'", Syn, "f-string: single '}' is not allowed"),
        ("f'{x:{y:{z}}}'", Syn, "f-string: expressions nested too deeply"),
        ("x = 1 \\ 2", Syn, "unexpected character after line continuation character"),
        ("x = (*a)", Syn, "cannot use starred expression here"),
        ("[*a for a in b]", Syn, "iterable unpacking cannot be used in comprehension"),
        ("a, b: int", Syn, "only single target (not tuple) can be annotated"),
        ("x = 1\ny = 2\n)", Syn, "unmatched ')'"),
        ("print 'x'", Syn, "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("x = 1 if y", Syn, "expected 'else' after 'if' expression"),
        ("if x = 1: pass", Syn, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
        ("from x import a,", Syn, "trailing comma not allowed without surrounding parentheses"),
        ("a = f() = 1", Syn, "cannot assign to function call"),
        ("([", Syn, "'[' was never closed"),
        ("'\\x4'", Syn, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"),
    ];
    let mut failures = Vec::new();
    for &(src, kind, msg) in cases {
        match parse_module(src) {
            Ok(_) => failures.push(format!("{src:?}: parsed, expected {msg:?}")),
            Err(e) if e.kind != kind || e.msg != msg => failures.push(format!(
                "{src:?}: got {:?} {:?}, expected {msg:?}",
                e.kind, e.msg
            )),
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn error_spans() {
    let err = parse_module("x = (1,\n2").unwrap_err();
    assert_eq!((err.span.start, err.span.end), (4, 5));
    let err = parse_module("f() = 1").unwrap_err();
    assert_eq!((err.span.start, err.span.end), (0, 3));
    let err = parse_module("x = 1 2").unwrap_err();
    assert_eq!((err.span.start, err.span.end), (6, 7));
    let err = parse_module("if x:\n  a\nelse:\nb").unwrap_err();
    assert_eq!(err.span.start, 16);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let cases = [
        (
            "(".repeat(10000) + &")".repeat(10000),
            "too many nested parentheses",
        ),
        ("[".repeat(300), "too many nested parentheses"),
        (
            format!("x = {}1", "-".repeat(100000)),
            "expression too complex",
        ),
        (
            format!("x = {}1", "not ".repeat(100000)),
            "expression too complex",
        ),
        (
            format!("x = {}", vec!["1"; 100000].join("+")),
            "expression too complex",
        ),
        (
            format!("x = {}", vec!["1"; 100000].join("**")),
            "expression too complex",
        ),
        (
            format!("x = f{}", "()".repeat(100000)),
            "expression too complex",
        ),
        (
            format!("x = {}1", "lambda: ".repeat(100000)),
            "expression too complex",
        ),
        (
            format!("x = {}", vec!["a"; 100000].join(".")),
            "expression too complex",
        ),
        (format!("x = {}1{}", "(1+".repeat(199), ")".repeat(199)), ""),
    ];
    for (src, msg) in cases {
        match parse_module(&src) {
            Err(e) => assert!(msg.is_empty() || e.msg == msg, "{}: {:?}", &src[..20], e),
            Ok(_) => assert!(msg.is_empty(), "{}: parsed", &src[..20]),
        }
    }
    let mut deep = String::new();
    for i in 0..120 {
        deep += &format!("{}if x:\n", " ".repeat(i));
    }
    deep += &format!("{}pass\n", " ".repeat(120));
    let e = parse_module(&deep).unwrap_err();
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    // Long but flat programs are fine.
    let flat = format!("x = [{}]", vec!["-1"; 100000].join(", "));
    assert!(parse_module(&flat).is_ok());
    let many = "x = 1\n".repeat(20000);
    assert_eq!(parse_module(&many).unwrap().len(), 20000);
}

#[test]
fn eval_errors() {
    assert_eq!(parse_expression("").unwrap_err().msg, "invalid syntax");
    assert_eq!(
        parse_expression("(").unwrap_err().msg,
        "'(' was never closed"
    );
}

/// Every prefix and many mutations of a real program: errors, never panics.
#[test]
fn no_panics() {
    let src = include_str!("program.py");
    for (i, _) in src.char_indices() {
        let _ = parse_module(&src[..i]);
    }
    let alphabet: Vec<char> = "()[]{}:=,.'\"\\\n \t#*@-+fbr0x1e_jif".chars().collect();
    let chars: Vec<char> = src.chars().collect();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // A number below `n`, to index `n` things.
    let mut below = |n: usize| usize::try_from(next() % n as u64).expect("below n");
    for _ in 0..3000 {
        let mut c = chars.clone();
        for _ in 0..3 {
            let at = below(c.len());
            let ch = alphabet[below(alphabet.len())];
            match below(3) {
                0 => c[at] = ch,
                1 => c.insert(at, ch),
                _ => {
                    c.remove(at);
                }
            }
        }
        let s: String = c.into_iter().collect();
        let _ = parse_module(&s);
        let _ = parse_expression(&s);
    }
}
