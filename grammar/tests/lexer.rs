//! The token stream after the layout pass.

use pyslot_grammar::lexer::tokenize;

fn toks(src: &str) -> Vec<String> {
    tokenize(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .into_iter()
        .map(|(_, t, _)| t.to_string())
        .collect()
}

fn compact(src: &str) -> String {
    toks(src)
        .into_iter()
        .map(|t| match t.as_str() {
            "NEWLINE" => "NL".to_string(),
            "INDENT" => ">".to_string(),
            "DEDENT" => "<".to_string(),
            _ => t
                .split_once(' ')
                .map_or(t.clone(), |(_, v)| v.trim_matches('\'').to_string()),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn layout() {
    let cases = [
        ("x", "x NL"),
        ("x\n", "x NL"),
        ("", ""),
        ("\n\n# only a comment\n   \n", ""),
        ("if a:\n  b\nc", "if a : NL > b NL < c NL"),
        (
            "if a:\n  if b:\n    c\n",
            "if a : NL > if b : NL > c NL < <",
        ),
        (
            "if a:\n  if b:\n    c\n  d\ne",
            "if a : NL > if b : NL > c NL < d NL < e NL",
        ),
        (
            "if a:\n  b\n\n  # c\n      # d\n  e\n",
            "if a : NL > b NL e NL <",
        ),
        ("x = (1,\n      2)\ny", "x = ( 1 , 2 ) NL y NL"),
        ("x = [\n  1\n    ]\n", "x = [ 1 ] NL"),
        ("x = 1 + \\\n    2\n", "x = 1 + 2 NL"),
        ("if a:\n\tb\n\tc\n", "if a : NL > b NL c NL <"),
        (
            "def f():\n  return 1  # trailing\n",
            "def f ( ) : NL > return 1 NL <",
        ),
        ("x\r\ny\r\n", "x NL y NL"),
        ("a; b", "a ; b NL"),
        ("'''a\nb''' c", "\"'''a\\nb'''\" c NL"),
    ];
    for (src, want) in cases {
        assert_eq!(compact(src), want, "{src:?}");
    }
}

#[test]
fn display() {
    assert_eq!(
        toks("x = 'hi' + 1.5"),
        [
            "NAME 'x'",
            "OP '='",
            "STRING \"'hi'\"",
            "OP '+'",
            "NUMBER '1.5'",
            "NEWLINE"
        ]
    );
    assert_eq!(toks("if 1:\n x")[4], "INDENT");
    assert_eq!(toks("if 1:\n x").last().map(String::as_str), Some("DEDENT"));
}

#[test]
fn operators() {
    assert_eq!(
        compact("a**=b//=c>>=d<<=e->f:=g...h!=i@=j"),
        "a **= b //= c >>= d <<= e -> f := g ... h != i @= j NL"
    );
    assert_eq!(compact("x.y.5"), "x . y .5 NL".replace(".5", "0.5"));
}

#[test]
fn unicode_names() {
    assert_eq!(compact("héllo = ñ_1 + 変数"), "héllo = ñ_1 + 変数 NL");
}

#[test]
fn errors() {
    let bad = [
        (
            "if a:\n    b\n  c\n",
            "unindent does not match any outer indentation level",
        ),
        ("  x", ""),
        ("(", "'(' was never closed"),
        (
            "([)",
            "closing parenthesis ')' does not match opening parenthesis '['",
        ),
        ("'x", "unterminated string literal (detected at line 1)"),
    ];
    for (src, msg) in bad {
        match tokenize(src) {
            Ok(_) => assert!(msg.is_empty(), "{src:?} lexed"),
            Err(e) => assert_eq!(e.msg, msg, "{src:?}"),
        }
    }
}
