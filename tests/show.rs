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

/// `async def`, `async for`, `async with`, `await` and an async
/// comprehension, with the ast module's names and positions (as
/// `ast.parse` gives them for the same source).
#[test]
fn async_nodes_have_the_ast_modules_names() {
    let src = "async def f(a):\n    async for x in a:\n        await x\n    async with a as b:\n        pass\n    return [y async for y in a]\n";
    let out = pyslot(&["--ast", "-"], src);
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "AsyncFunctionDef name='f' @1:0",
        "AsyncFor @2:4",
        "value: Await @3:8",
        "AsyncWith @4:4",
        "value: ListComp @6:11",
        "comprehension is_async=1",
    ] {
        assert!(text.contains(want), "{want:?} missing in:\n{text}");
    }
}

const OBJECTS: &str = r#"
import sys
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __slots__ = ("z",)
class DictPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Stack(list):
    pass
class Money(int):
    __slots__ = ()
built = DictPoint(5, 6)
built.__dict__
objects = [Point(1, 2), Point3(1, 2), DictPoint(3, 4), built, Point3, [1, 2, 3],
           list(range(10)), {"a": 1, "b": [2]}, "short", "x" * 100, 10 ** 40, 7, 2.5, None, (1, "a"),
           Stack([1, 2, 3]), Money(5)]
for o in objects:
    print("=== sizeof", sizeof(o), sys.getsizeof(o), type(o).__sizeof__(o))
    layout(o)
"#;

/// Each `layout` diagram's parts add up to the object's `sizeof`, which
/// `sys.getsizeof` and `__sizeof__` agree with.
#[test]
fn layout_parts_add_up_to_sizeof() {
    let out = pyslot(&["-"], OBJECTS);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut checked = 0;
    for block in text.split("=== ").skip(1) {
        let mut lines = block.lines();
        let sizes: Vec<usize> = lines
            .next()
            .expect("sizes")
            .split_whitespace()
            .skip(1)
            .map(|w| w.parse().expect("a size"))
            .collect();
        assert!(sizes.iter().all(|&s| s == sizes[0]), "{sizes:?}");
        let mut parts = 0;
        let mut total = None;
        for line in lines {
            // Rows: [offset] bytes part; the total row says so.
            let words: Vec<&str> = line.split_whitespace().collect();
            let numbers: Vec<usize> = words.iter().map_while(|w| w.parse().ok()).collect();
            if line.contains("total = sizeof()") {
                total = numbers.last().copied();
            } else if let Some(&bytes) = numbers.last() {
                // A row: offset (inside the object's block) and bytes, or
                // bytes alone (a block of its own). Notes start with words.
                parts += bytes;
            }
        }
        assert_eq!(total, Some(sizes[0]), "total row of:\n{block}");
        assert_eq!(parts, sizes[0], "parts of:\n{block}");
        checked += 1;
    }
    assert_eq!(checked, 17);
}

#[test]
fn slot_indexes_follow_declaration_order_across_inheritance() {
    let out = pyslot(
        &["-"],
        &format!("{OBJECTS}\nlayout(Point3(7, 8))\nprint(Point3.z, Point.x)\n"),
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let tail = &text[text.rfind("Point3 object").expect("diagram")..];
    let x = tail.find("slot 0: x = 7").expect("x in slot 0");
    let y = tail.find("slot 1: y = 8").expect("y in slot 1");
    let z = tail.find("slot 2: z = <unset>").expect("z in slot 2");
    assert!(x < y && y < z);
    assert!(text.contains("slot 2: z  (member descriptor Point3.z)"));
    assert!(text.contains("slot 0: x  (member descriptor Point.x)"));
}

#[test]
fn deep_sizeof_counts_shared_objects_once() {
    let src = "class P:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\nclass D:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\
               p = P(1, 2)\nshared = [p, p, p]\nprint(sizeof(shared), sizeof(shared, deep=True), sizeof(p))\n\
               slotted = [P(i, i) for i in range(1000)]\ndicted = [D(i, i) for i in range(1000)]\n\
               print(sizeof(slotted, deep=True), sizeof(dicted, deep=True), sizeof(slotted))\n\
               nested = [[1, 2], 'a' * 30]\nprint(sizeof(nested, deep=True) == sizeof(nested) + sizeof(nested[0]) + sizeof(nested[1]))\n";
    let out = pyslot(&["-"], src);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<Vec<usize>> = text
        .lines()
        .take(2)
        .map(|l| {
            l.split_whitespace()
                .map(|w| w.parse().expect("int"))
                .collect()
        })
        .collect();
    let (shallow, deep, one) = (lines[0][0], lines[0][1], lines[0][2]);
    assert_eq!(deep, shallow + one, "three references, one object");
    let (slotted, dicted, list) = (lines[1][0], lines[1][1], lines[1][2]);
    assert_eq!(slotted, list + 1000 * 48);
    assert_eq!(dicted, list + 1000 * 64);
    assert!(text.ends_with("True\n"), "{text}");
}

#[test]
fn explain_follows_cpython_lookup_order() {
    let src = "class P:\n    __slots__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def norm(self):\n        return 0\n\
               class D:\n    kind = 'point'\n    def __init__(self, x):\n        self.x = x\n\
               p = P(3, 4)\nd = D(5)\n\
               explain(p, 'y')\nexplain(p, 'z', store=True)\nexplain(d, 'x')\nexplain(d, 'kind')\nexplain(p, 'norm')\nexplain(d, 'missing')\n";
    let out = pyslot(&["-"], src);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for needed in [
        "found in P: <member 'y' of 'P' objects>",
        "data descriptor: it wins over the instance: read slot 1 -> 4",
        "the instance has no __dict__ (P defines __slots__ = ('x', 'y'))",
        "AttributeError: 'P' object has no attribute 'z'",
        "inline value 0 (key 0 of D's shared key table) -> 5",
        "a class attribute, shared by all instances: 'point'",
        "a function: bound to obj, it becomes a method (P.norm)",
        "not found anywhere: AttributeError: 'D' object has no attribute 'missing'",
    ] {
        assert!(text.contains(needed), "missing {needed:?} in:\n{text}");
    }
}

/// `--memstat` counts the instances the fixture makes: their peak (500
/// DictPoints lived at once inside a function) and what is alive at exit.
#[test]
fn memstat_counts_what_the_program_keeps() {
    let path = fixture("memstat.py");
    let out = pyslot(&["--memstat", path.to_str().expect("utf-8 path")], "");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    let row = |name: &str| -> Vec<String> {
        let line = err
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no row for {name} in:\n{err}"));
        line.split_whitespace().map(str::to_string).collect()
    };
    // class, layout, peak count, bytes each, peak bytes, alive at exit
    assert_eq!(
        row("Point"),
        ["Point", "__slots__", "1000", "48", "48000", "1000"]
    );
    assert_eq!(
        row("DictPoint"),
        ["DictPoint", "__dict__", "500", "64", "32000", "300"]
    );
    // type, count, bytes: the two lists (1000 and 300 items), one dict.
    let lists = row("list");
    assert_eq!(lists[1], "2");
    assert_eq!(row("dict")[1], "1");
    assert!(err.contains("process peak resident memory:"), "{err}");
    // A script that fails still gets its table, after the traceback.
    let out = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .args([
            "--memstat",
            "-c",
            "class A:\n    pass\nkeep = [A(), A()]\n1/0",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let table = err.find("--memstat").expect("the table");
    assert!(
        err.find("ZeroDivisionError").expect("traceback") < table,
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["A", "__dict__", "2", "32", "64", "2"]),
        "{err}"
    );
    // Without the flag, nothing is printed.
    let out = pyslot(&[path.to_str().expect("utf-8 path")], "");
    assert!(out.stderr.is_empty());
}

#[test]
fn ast_of_a_match_statement_uses_the_pattern_nodes() {
    let src = "match p:\n    case Point(x=0, y=yy) | [1, *yy] if yy:\n        pass\n    case {\"k\": -1, **kw} | (None as kw):\n        pass\n    case 1+2j | Color.RED | _:\n        pass\n";
    let out = pyslot(&["--ast", "-"], src);
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "Match @1:0",
        "subject: Name id='p' ctx=Load @1:6",
        "match_case",
        "pattern: MatchOr @2:9",
        "MatchClass kwd_attrs=['x', 'y'] @2:9",
        "cls: Name id='Point' ctx=Load @2:9",
        "MatchValue @2:17",
        "MatchAs name='yy' @2:22",
        "MatchSequence @2:28",
        "MatchStar name='yy' @2:32",
        "guard: Name id='yy' ctx=Load @2:40",
        "MatchMapping rest='kw' @4:9",
        "value: UnaryOp op=USub @4:15",
        "MatchAs name='kw' @4:28",
        "pattern: MatchSingleton value=None @4:28",
        "value: BinOp op=Add @6:9",
        "right: Constant value=2j @6:11",
        "value: Attribute attr='RED' ctx=Load @6:16",
        "MatchAs @6:28",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}
