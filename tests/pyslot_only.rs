//! Tests of what only pyslot has: `sizeof` and the prompt's session API.
//! The views `--tokens`, `--ast`, `--scopes` are tested in `show.rs`;
//! everything CPython also does, by the script corpus against CPython.

use std::io::Write;
use std::process::{Command, Output};

fn run_source(name: &str, source: &str, args: &[&str]) -> Output {
    let dir = std::env::temp_dir().join(format!("pyslot-test-{}-{}", std::process::id(), name));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    let mut f = std::fs::File::create(&path).expect("script file");
    f.write_all(source.as_bytes()).expect("write script");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyslot"));
    cmd.args(args).arg(&path);
    let out = cmd.output().expect("run pyslot");
    let _ = std::fs::remove_dir_all(&dir);
    out
}

fn stdout_lines(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "pyslot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn ints(line: &str) -> Vec<i64> {
    line.split_whitespace()
        .map(|w| w.parse().expect("an integer"))
        .collect()
}

const LAYOUTS: &str = r#"
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted3:
    __slots__ = ("x", "y", "z")

class Empty:
    __slots__ = ()

class Dicted:
    def __init__(self, x, y):
        self.x = x
        self.y = y

first = Dicted(0, 0)            # laid out like every later instance
a, b = Slotted(1, 2), Dicted(1, 2)
print(sizeof(a), sizeof(b), sizeof(Empty()), sizeof(Slotted3()))
before = sizeof(b)
b.__dict__                      # asking for __dict__ builds a real dict
print(before, sizeof(b))
print(sizeof(1), sizeof(2.5), sizeof(None), sizeof([]), sizeof([1, 2, 3]))
print(sizeof(""), sizeof("x" * 22), sizeof("x" * 23), sizeof("x" * 100))
print(sizeof(first), sizeof(Dicted(5, 6)))
"#;

#[test]
fn slotted_instances_are_smaller() {
    let lines = stdout_lines(&run_source("layouts", LAYOUTS, &[]));
    let sizes = ints(&lines[0]);
    let (slotted, dicted, empty, slotted3) = (sizes[0], sizes[1], sizes[2], sizes[3]);
    assert!(
        slotted < dicted,
        "slotted {slotted} must be below dict-backed {dicted}"
    );
    assert!(empty < slotted, "empty slots {empty} must be the smallest");
    assert!(
        slotted3 > slotted,
        "adding a slot must not shrink the instance"
    );
    // The layout: a 16-byte header, then 16 bytes per slot.
    assert_eq!(empty, 16);
    assert_eq!(slotted, 48);
    assert_eq!(slotted3, 64);
    // A dict-backed instance: header, the __dict__ slot, two inline values.
    assert_eq!(dicted, 64);
}

/// The first instance of a dict-backed class already keeps its attributes
/// inline (the class read them from `__init__`): same size as the next.
#[test]
fn first_dict_backed_instance_is_like_the_others() {
    let lines = stdout_lines(&run_source("first", LAYOUTS, &[]));
    let sizes = ints(&lines[4]);
    assert_eq!(sizes, vec![64, 64], "first and second instance");
}

/// A subclass whose `__init__` calls `super().__init__` first, and a base
/// method that sets an attribute outside `__init__` (`self.runs += 1` over
/// a class attribute): the first instance of each still keeps every value
/// inline, as big as the instance after it, with no dict built.
#[test]
fn first_instance_of_a_subclass_is_like_the_others() {
    let source = r#"
class Task:
    runs = 0
    def __init__(self, name):
        self.name = name
        self.inbox = []
    def run(self):
        self.runs += 1

class Idle(Task):
    def __init__(self, name, seed):
        super().__init__(name)
        self.seed = seed

class Timer(Task):
    def __init__(self, name, period):
        Task.__init__(self, name)
        self.period = period

for cls, arg in ((Idle, 7), (Timer, 5)):
    a, b = cls("a", arg), cls("b", arg)
    a.run()
    b.run()
    print(sizeof(a), sizeof(b))
"#;
    let lines = stdout_lines(&run_source("subclass_first", source, &[]));
    for pair in &lines {
        // Header, __dict__ slot, and four values inline: name, inbox, the
        // subclass's own attribute, runs. A built dict would add hundreds.
        assert_eq!(ints(pair), vec![96, 96], "first and second instance");
    }
    assert_eq!(lines.len(), 2);
}

#[test]
fn materialized_dict_is_counted() {
    let lines = stdout_lines(&run_source("materialize", LAYOUTS, &[]));
    let sizes = ints(&lines[1]);
    assert!(
        sizes[1] > sizes[0],
        "a built __dict__ adds to the instance: {:?}",
        sizes
    );
}

#[test]
fn small_values_live_in_the_value() {
    let lines = stdout_lines(&run_source("values", LAYOUTS, &[]));
    let sizes = ints(&lines[2]);
    assert_eq!(&sizes[..3], &[16, 16, 16]);
    assert!(
        sizes[4] >= sizes[3] + 3 * 16,
        "a list owns its buffer: {:?}",
        sizes
    );
}

#[test]
fn missing_script_is_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .arg("/nonexistent/dir/none.py")
        .output()
        .expect("run pyslot");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "pyslot: can't open file '/nonexistent/dir/none.py': [Errno 2] No such file or directory"
    );
}

#[test]
fn version_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .arg("--version")
        .output()
        .expect("run pyslot");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("pyslot "));
}

/// Every lesson in examples/ prints what tests/expected/ holds: generated
/// by CPython 3.11 where the example uses nothing pyslot-specific
/// (generators, slots_limits, million_points), else pyslot's own output, checked by hand
/// when written. Timings (`0.123 s`) vary and are compared as `T s`.
#[test]
fn examples_print_their_expected_output() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut checked = 0;
    // slots_vs_dict makes 20,000 of each kind here (100,000 when run alone).
    for (name, args) in [
        ("point", &[][..]),
        ("generators", &[]),
        ("slots_vs_dict", &["20000"]),
        ("slots_inheritance", &[]),
        ("slots_limits", &[]),
        ("million_points", &["1000"]),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pyslot"))
            .arg(format!("{root}/examples/{name}.py"))
            .args(args)
            .output()
            .expect("run pyslot");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let expected = std::fs::read_to_string(format!("{root}/tests/expected/{name}.out"))
            .expect("expected output");
        let got = mask_times(&String::from_utf8_lossy(&out.stdout));
        assert_eq!(got, expected, "examples/{name}.py");
        checked += 1;
    }
    assert_eq!(checked, 6);
}

/// `0.123 s` becomes `T s`.
fn mask_times(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let next_is_unit = words
            .get(i + 1)
            .is_some_and(|n| *n == "s" || n.starts_with("s\n"));
        if next_is_unit && w.contains('.') && w.parse::<f64>().is_ok() {
            out.push("T");
        } else {
            out.push(w);
        }
    }
    out.join(" ")
}

/// A writer the test can read back.
#[derive(Clone, Default)]
struct Captured(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn repl_session() {
    use pyslot::repl::{Fed, Session};
    let out = Captured::default();
    let mut s = Session::new();
    s.interp.borrow_mut().out = Box::new(out.clone());
    assert_eq!(s.prompt(), ">>> ");
    assert_eq!(s.feed("x = 2"), Fed::Ran);
    assert_eq!(s.feed("x * 21"), Fed::Ran);
    assert_eq!(s.feed("def f(n):"), Fed::NeedMore);
    assert_eq!(s.prompt(), "... ");
    assert_eq!(s.feed("    return n + 1"), Fed::NeedMore);
    assert_eq!(s.feed(""), Fed::Ran);
    assert_eq!(s.feed("f(x)"), Fed::Ran);
    assert_eq!(s.feed("None"), Fed::Ran);
    assert_eq!(s.feed("[1,"), Fed::NeedMore);
    assert_eq!(s.feed(" 2]"), Fed::Ran);
    assert_eq!(s.feed("_"), Fed::Ran);
    assert_eq!(
        s.feed("1/0"),
        Fed::Ran,
        "an error is reported and the session goes on"
    );
    assert_eq!(s.feed("print('still here')"), Fed::Ran);
    let text = String::from_utf8(out.0.borrow().clone()).expect("utf-8");
    assert_eq!(text, "42\n3\n[1, 2]\n[1, 2]\nstill here\n");
    assert_eq!(s.feed("exit(3)"), Fed::Exit(3));
}

#[test]
fn program_from_stdin() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyslot"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run pyslot");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"print(sum(range(10)))\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "45\n");
}

#[test]
fn short_strings_are_one_block() {
    let lines = stdout_lines(&run_source("strings", LAYOUTS, &[]));
    let sizes = ints(&lines[3]);
    // Up to 22 bytes live inside the string object: same size as empty.
    assert_eq!(
        sizes[0], sizes[1],
        "a 22-byte string is inline: {:?}",
        sizes
    );
    // Longer text gets its own block, counted byte for byte.
    assert_eq!(sizes[2], sizes[0] + 23, "{:?}", sizes);
    assert_eq!(sizes[3], sizes[0] + 100, "{:?}", sizes);
}

/// Changing an instance's class is something pyslot does not do: it says
/// so (CPython would switch the class), instead of quietly storing a
/// `__class__` attribute.
#[test]
fn class_assignment_is_refused() {
    let out = run_source(
        "class_assign",
        "class A:\n    pass\nclass B:\n    pass\na = A()\na.__class__ = A\nprint(type(a).__name__)\na.__class__ = B\n",
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "A\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.lines().last(),
        Some("NotImplementedError: __class__ assignment is not supported by pyslot")
    );
}

/// The standard-library modules written in Python are compiled into the
/// binary; each one's `__file__` names its source in pyslot's tree, so a
/// learner can open and read it.
#[test]
fn embedded_modules_name_their_source() {
    let out = run_source(
        "embedded_files",
        "import abc, typing, collections, collections.abc, __future__, types\n\
         for m in (abc, typing, collections, collections.abc, __future__, types):\n\
         \x20   print(m.__name__, m.__file__)\n",
        &[],
    );
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 6);
    for line in lines {
        let (name, file) = line.split_once(' ').expect("name and file");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
        assert!(
            text.starts_with("\"\"\""),
            "{name}'s source starts with its docstring"
        );
    }
}

/// `@dataclass(slots=True)` makes a real slotted class: its instances keep
/// the fields in named slots, smaller than the dict-backed dataclass's.
#[test]
fn slotted_dataclass_is_smaller() {
    let source = r#"
from dataclasses import dataclass

@dataclass
class Plain:
    x: int
    y: int
    z: int = 0

@dataclass(slots=True)
class Slotted:
    x: int
    y: int
    z: int = 0

print(sizeof(Plain(1, 2)), sizeof(Slotted(1, 2)), hasattr(Slotted(1, 2), "__dict__"))
"#;
    let lines = stdout_lines(&run_source("dataclass_slots", source, &[]));
    let words: Vec<&str> = lines[0].split_whitespace().collect();
    let plain: i64 = words[0].parse().expect("an integer");
    let slotted: i64 = words[1].parse().expect("an integer");
    assert!(
        slotted < plain,
        "slotted dataclass {slotted} must be below the dict-backed one {plain}"
    );
    // A 16-byte header, then 16 bytes per field.
    assert_eq!(slotted, 64);
    // The dict-backed one: header, the __dict__ slot, three inline values,
    // already for the first instance (the generated __init__ predicts them).
    assert_eq!(plain, 80);
    assert_eq!(words[2], "False");
}

#[test]
fn array_elements_are_packed() {
    // An array of 1000 doubles holds 8000 bytes of machine values; the
    // list of the same floats holds 1000 references of 16 bytes each.
    let source = r#"
from array import array
floats = [float(i) for i in range(1000)]
a = array("d", floats)
print(sizeof(a), sizeof(floats), sizeof(a, deep=True), sizeof(array("d")))
a.append(1.5)
b = array("b", range(100))
print(sizeof(b))
class Tagged(array):
    __slots__ = ("tag",)
t = Tagged("b", b"abc")
t.tag = 1
layout(t)
"#;
    let lines = stdout_lines(&run_source("array_packed", source, &[]));
    let sizes = ints(&lines[0]);
    let (arr, list, deep, empty) = (sizes[0], sizes[1], sizes[2], sizes[3]);
    assert!(
        (8000..9000).contains(&arr),
        "array('d') of 1000 is {arr} bytes"
    );
    assert!(arr < list, "array {arr} must be below the list {list}");
    // Nothing else is reachable from it: the elements are counted once.
    assert_eq!(deep, arr);
    assert!(empty < 200, "an empty array is {empty} bytes");
    let small = ints(&lines[1])[0];
    assert!(small < empty + 200, "array('b') of 100 is {small} bytes");
    // layout() draws the elements as a part of their own.
    let drawn = lines[2..].join("\n");
    assert!(
        drawn.contains("elements slot -> the packed array")
            && drawn.contains("its elements: 3 of typecode 'b', 1 byte each")
            && drawn.contains("slot 1: tag = 1"),
        "{drawn}"
    );
}

#[test]
fn deque_items_are_a_ring_buffer_of_references() {
    // A deque's items are 16-byte references in one ring buffer, counted
    // with the deque; deep=True adds the objects they refer to.
    let source = r#"
from collections import deque
d = deque(range(1000))
print(sizeof(d), sizeof(deque()), sizeof(deque([[1, 2]]), deep=True), sizeof(deque([[1, 2]])))
for _ in range(990):
    d.popleft()
print(sizeof(d), len(d))
class Named(deque):
    __slots__ = ("name",)
n = Named("abc")
n.name = "q"
layout(n)
"#;
    let lines = stdout_lines(&run_source("deque_ring", source, &[]));
    let sizes = ints(&lines[0]);
    let (full, empty, deep, shallow) = (sizes[0], sizes[1], sizes[2], sizes[3]);
    assert!(
        (16_000..17_000).contains(&(full - empty)),
        "1000 references take {} bytes",
        full - empty
    );
    assert!(empty < 150, "an empty deque is {empty} bytes");
    assert!(
        deep > shallow,
        "deep {deep} counts the list, shallow {shallow} not"
    );
    // Emptied down to 10 items, the ring gives memory back (down to its
    // smallest shrunk size, 64 places).
    let (after, left) = (ints(&lines[1])[0], ints(&lines[1])[1]);
    assert_eq!(left, 10);
    assert!(
        after - empty <= 64 * 16,
        "a deque of 10 after 990 pops is {after} bytes"
    );
    let drawn = lines[2..].join("\n");
    assert!(
        drawn.contains("items slot -> the deque's ring buffer")
            && drawn.contains("its items: 3 in a ring buffer with room for")
            && drawn.contains("slot 1: name = 'q'"),
        "{drawn}"
    );
}

/// An extended slice assigned from a generator that empties the list while
/// it is read (CPython 3.11 writes past the list's end here): pyslot fits
/// the slice to the list again and reports the sizes that differ.
#[test]
fn extended_slice_from_a_generator_that_empties_the_list() {
    let out = run_source(
        "extended_slice_emptied",
        "l = list(range(10))\n\
         def gen():\n    l.clear()\n    yield from 'abcde'\n\
         try:\n    l[::2] = gen()\nexcept ValueError as e:\n    print(e)\n\
         print(l)\n",
        &[],
    );
    assert_eq!(
        stdout_lines(&out),
        [
            "attempt to assign sequence of size 5 to extended slice of size 0",
            "[]"
        ]
    );
}
