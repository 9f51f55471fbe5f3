//! The views of the internals: `--tokens` (checked against what
//! `python3 -m tokenize` printed for the same file), `--ast` (the `ast`
//! module's node names and positions) and `--scopes` (slots, cells and
//! free variables of nested closures), each on a committed fixture.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/show")
        .join(name)
}

fn pyslot(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyslot");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "pyslot {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn shown(view: &str) -> String {
    let path = fixture("lesson.py");
    let out = pyslot(&[view, path.to_str().expect("utf-8 path")], "");
    String::from_utf8(out.stdout).expect("utf-8")
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("expected file")
}

fn same(what: &str, got: &str, want: &str) {
    if got != want {
        let diff = similar::TextDiff::from_lines(want, got)
            .unified_diff()
            .header("expected", "actual")
            .to_string();
        panic!("{what} differs:\n{diff}");
    }
}

#[test]
fn tokens_are_those_of_python_tokenize() {
    // lesson.tokens is `python3 -m tokenize lesson.py` (CPython 3.11).
    same("--tokens", &shown("--tokens"), &expected("lesson.tokens"));
}

#[test]
fn ast_matches_its_expectation_and_uses_ast_names() {
    let got = shown("--ast");
    same("--ast", &got, &expected("lesson.ast"));
    // Every node is a class of Python's ast module (ast_node_names.txt is
    // that list, from CPython 3.11); `None` marks an absent default.
    let names = expected("ast_node_names.txt");
    let known: Vec<&str> = names.lines().collect();
    for line in got.lines() {
        let word = line.trim();
        // `body:` heads a list of nodes.
        if word.ends_with(':') && !word.contains(' ') {
            continue;
        }
        // `value: BinOp ...`: a field holding one node.
        let node = match word.split_once(": ") {
            Some((field, rest)) if !field.contains(' ') => rest,
            _ => word,
        };
        let kind = node.split(' ').next().unwrap_or("");
        assert!(
            known.contains(&kind) || kind == "None",
            "{kind:?} is not an ast node name (line {line:?})"
        );
    }
    // Positions are the ast module's: the class on line 5, its method's
    // `self.x = x` at line 11, column 8.
    assert!(got.contains("ClassDef name='Point' @5:0"));
    assert!(got.contains("Attribute attr='x' ctx=Store @11:8"));
}

#[test]
fn scopes_name_cells_and_free_variables() {
    let got = shown("--scopes");
    same("--scopes", &got, &expected("lesson.scopes"));
    // The closure: `count` lives in make_counter's cell 0, and `step`
    // takes it as a free variable from there.
    assert!(got.contains("count (slot 1, in cell 0)"));
    assert!(got.contains("free variables: count (cell 0, from make_counter's cell 0)"));
}

#[test]
fn nested_closures_two_levels_deep() {
    let src = "def a():\n    x = 1\n    def b():\n        y = 2\n        def c():\n            return x + y\n        return c\n    return b\n";
    let out = pyslot(&["--scopes", "-"], src);
    let text = String::from_utf8_lossy(&out.stdout);
    // `x` passes through b (a free variable there too) on its way to c.
    assert!(text.contains("function a (line 1)\n  locals: x (slot 0, in cell 0), b (slot 1)\n  cells (captured by inner scopes): x (cell 0)"), "{text}");
    assert!(text.contains("function a.<locals>.b.<locals>.c (line 5)\n  free variables: x (cell 0, from a.<locals>.b's cell 1), y (cell 1, from a.<locals>.b's cell 0)"), "{text}");
}

#[test]
fn views_read_commands_and_stdin() {
    let out = pyslot(&["--ast", "-c", "x = 1"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Name id='x' ctx=Store @1:0"), "{text}");
    let out = pyslot(&["--tokens", "-"], "y = 2  # two\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("COMMENT        '# two'"), "{text}");
    assert!(text.contains("ENDMARKER"), "{text}");
}
