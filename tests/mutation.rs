//! A deterministic mutation test of the "never crash" promise: the test
//! scripts, broken in a few thousand ways chosen by a fixed-seed generator
//! (tokens, lines and characters deleted, duplicated or swapped; brackets,
//! keywords and operators inserted; lines of another script spliced in;
//! deep nesting), each run in this process
//! with a fresh interpreter, a step budget and stdout captured. A Python
//! exception is a fine answer; a Rust panic is a failure, and the step
//! budget keeps any mutant from running forever.
//!
//! Crashes found by fuzzing (tests/fuzz) are kept here as fixed cases.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// How many mutants to run.
const MUTANTS: usize = 4000;
/// Safe points (loop iterations, calls) each mutant may pass.
const STEPS: u64 = 2_000;
/// Scripts bigger than this are left out (parsing them dominates).
const MAX_SCRIPT: usize = 3_000;

/// xorshift64*: tiny, fixed-seed, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).expect("usize fits u64");
        usize::try_from(self.next() % n).expect("below n")
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const INSERTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "\n",
    "\n    ",
    "\t",
    "\\",
    "'",
    "\"",
    "\"\"\"",
    "f'",
    "{x}",
    "*",
    "**",
    "=",
    "==",
    ":=",
    "->",
    "@",
    "+",
    "-",
    "~",
    "<<",
    "//",
    "%",
    "not ",
    " and ",
    " or ",
    " if ",
    " else ",
    "lambda: ",
    "lambda *a, **k: ",
    "yield ",
    "yield from ",
    "await ",
    "async ",
    "return ",
    "del ",
    "global x\n",
    "nonlocal x\n",
    "raise ",
    "break\n",
    "continue\n",
    "pass\n",
    "try:\n    ",
    "except:\n    ",
    "finally:\n    ",
    "with x:\n    ",
    "def f():\n    ",
    "class C:\n    ",
    "for x in y:\n    ",
    "while 1:\n    ",
    "match x:\n    case ",
    "import ",
    "from . import ",
    "assert ",
    "None",
    "True",
    "...",
    "0",
    "-1",
    "10**100",
    "1e308",
    "0x",
    "1_",
    "b'\\x00'",
    "'\\N{",
    "r'\\",
    "__class__",
    "__dict__",
    "super()",
    "self",
    "*args",
    "**kw",
    "[*x]",
    "{**x}",
];

/// Deeply nested constructs: each must end in an exception, never a crash.
fn deep(rng: &mut Rng) -> String {
    let n = 50 + rng.below(2000);
    match rng.below(12) {
        0 => format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        1 => format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)),
        2 => format!("x = {}1\n", "-".repeat(n)),
        3 => format!("x = {}1\n", "not ".repeat(n)),
        4 => format!("x = 1{}\n", " + 1".repeat(n)),
        5 => format!("x = {}1\n", "lambda: ".repeat(n)),
        6 => {
            let mut s = String::new();
            for i in 0..n.min(300) {
                s.push_str(&" ".repeat(i));
                s.push_str("if 1:\n");
            }
            s.push_str(&" ".repeat(n.min(300)));
            s.push_str("pass\n");
            s
        }
        7 => format!("x = {}0{}\n", "{1: ".repeat(n), "}".repeat(n)),
        8 => format!("x = 1{}\n", "[0]".repeat(n)),
        9 => format!("x = a{}\n", ".b".repeat(n)),
        10 => format!(
            "x = f'{}1{}'\n",
            "{".repeat(n.min(200)),
            "}".repeat(n.min(200))
        ),
        _ => format!("x = {}1{}\n", "f(".repeat(n), ")".repeat(n)),
    }
}

/// Rough tokens: runs of word characters, of spaces, or single others.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let class = |c: char| {
            if c.is_alphanumeric() || c == '_' {
                0
            } else if c == ' ' {
                1
            } else {
                2
            }
        };
        let k = class(c);
        let mut end = i + c.len_utf8();
        if k != 2 {
            while let Some(&(j, d)) = chars.peek() {
                if class(d) != k {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        out.push(&s[i..end]);
    }
    out
}

/// A char boundary of `s` at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate_once(rng: &mut Rng, s: &str, others: &[String]) -> String {
    let lines: Vec<&str> = s.split_inclusive('\n').collect();
    let toks = tokens(s);
    match rng.below(11) {
        // Characters: delete a few, or duplicate a few.
        0 | 1 if !s.is_empty() => {
            let a = boundary(s, rng.below(s.len()));
            let b = boundary(s, (a + 1 + rng.below(4)).min(s.len()));
            if rng.below(2) == 0 {
                format!("{}{}", &s[..a], &s[b..])
            } else {
                format!("{}{}", &s[..b], &s[a..])
            }
        }
        // Lines: delete, duplicate, swap.
        2 | 3 if lines.len() > 1 => {
            let mut lines = lines;
            let i = rng.below(lines.len());
            let j = rng.below(lines.len());
            match rng.below(3) {
                0 => {
                    lines.remove(i);
                }
                1 => lines.insert(j, lines[i]),
                _ => lines.swap(i, j),
            }
            lines.concat()
        }
        // Tokens: delete, duplicate, swap.
        4..=6 if toks.len() > 1 => {
            let mut toks = toks;
            let i = rng.below(toks.len());
            let j = rng.below(toks.len());
            match rng.below(3) {
                0 => {
                    toks.remove(i);
                }
                1 => toks.insert(j, toks[i]),
                _ => toks.swap(i, j),
            }
            toks.concat()
        }
        // Insert a bracket, keyword or operator.
        7 | 8 => {
            let at = boundary(s, rng.below(s.len() + 1));
            format!("{}{}{}", &s[..at], rng.pick(INSERTS), &s[at..])
        }
        // A few lines of another script spliced in.
        9 => {
            let other: Vec<&str> = rng.pick(others).split_inclusive('\n').collect();
            let from = rng.below(other.len().max(1));
            let to = (from + 1 + rng.below(5)).min(other.len());
            let at = rng.below(lines.len() + 1).min(lines.len());
            let mut out: Vec<&str> = lines[..at].to_vec();
            out.extend_from_slice(other.get(from..to).unwrap_or_default());
            out.extend_from_slice(&lines[at..]);
            out.concat()
        }
        // Deep nesting, at a line start.
        _ => {
            let at = rng.below(lines.len() + 1);
            let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            lines.insert(at.min(lines.len()), deep(rng));
            lines.concat()
        }
    }
}

/// Scripts that touch the outside world (files, stdin, the clock's sleep,
/// processes) are left out: a mutant could aim them anywhere.
fn suitable(text: &str) -> bool {
    const OUTSIDE: &[&str] = &[
        "open",
        "os",
        "input",
        "stdin",
        "sleep",
        "path",
        "shutil",
        "tempfile",
        "subprocess",
        "signal",
        "_files",
        "io",
    ];
    text.len() <= MAX_SCRIPT && !OUTSIDE.iter().any(|w| text.contains(w))
}

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Run each source on one thread with the stack the sandbox needs; the
/// panics caught, with the source that caused each.
fn run_all(sources: Vec<String>) -> Vec<(String, String)> {
    std::thread::Builder::new()
        .stack_size(pyslot::SANDBOX_STACK_SIZE)
        .spawn(move || {
            let mut failures = Vec::new();
            for src in sources {
                let r = catch_unwind(AssertUnwindSafe(|| pyslot::run_sandboxed(&src, STEPS)));
                if let Err(p) = r {
                    let msg = p
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    failures.push((msg, src));
                }
            }
            failures
        })
        .expect("spawn")
        .join()
        .expect("the runner thread")
}

fn report(failures: &[(String, String)]) {
    for (msg, src) in failures.iter().take(5) {
        let shown: String = src.chars().take(2000).collect();
        eprintln!("panic: {msg}\n--- source ---\n{shown}\n--------------");
    }
    assert!(failures.is_empty(), "{} inputs panicked", failures.len());
}

#[test]
fn mutants_never_panic() {
    let mut paths = Vec::new();
    scripts(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts"),
        &mut paths,
    );
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| suitable(t))
        .collect();
    assert!(texts.len() > 100, "too few scripts: {}", texts.len());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mutants: Vec<String> = (0..MUTANTS)
        .map(|_| {
            let mut s = rng.pick(&texts).clone();
            for _ in 0..1 + rng.below(3) {
                s = mutate_once(&mut rng, &s, &texts);
            }
            s
        })
        .collect();
    report(&run_all(mutants));
}

/// Inputs that once crashed (found by fuzzing or by the mutants above).
#[test]
fn former_crashes() {
    let cases: Vec<String> = vec![
        // The step budget ends a loop that catches everything.
        "while True:\n    try:\n        while True: pass\n    except BaseException: pass\n".into(),
        // Deep nesting ends in an exception, never a stack overflow.
        format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000)),
        format!("x = {}1", "-".repeat(100_000)),
        "def f(): f()\nf()\n".into(),
    ];
    report(&run_all(cases));
}

/// What the sandbox promises: a budget that ends any loop, captured output,
/// no files, a fresh interpreter each time.
#[test]
fn sandbox_limits() {
    let outcomes = std::thread::Builder::new()
        .stack_size(pyslot::SANDBOX_STACK_SIZE)
        .spawn(|| {
            [
                "print('hi')\nwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
                "f = open('sandbox-should-not-exist.txt', 'w')\n",
                "import os\nos.listdir('.')\n",
                "print(globals().get('leak'))\nleak = 1\n",
                "print(globals().get('leak'))\n",
                "def f(): f()\nf()\n",
                "def g():\n    yield 1\n    raise ValueError('in a generator')\nfor x in g(): pass\n",
            ]
            .iter()
            .map(|s| pyslot::run_sandboxed(s, 10_000))
            .collect::<Vec<_>>()
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    let errors: Vec<&str> = outcomes
        .iter()
        .map(|o| o.error.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(outcomes[0].stdout, b"hi\n");
    assert_eq!(errors[0], "KeyboardInterrupt: step budget exhausted");
    // Files are out of reach: `open` and `os` stand on `_files`.
    assert!(errors[1].contains("Error"), "{}", errors[1]);
    assert!(errors[2].contains("Error"), "{}", errors[2]);
    assert!(!std::path::Path::new("sandbox-should-not-exist.txt").exists());
    assert_eq!(outcomes[3].stdout, b"None\n");
    assert_eq!(outcomes[4].stdout, b"None\n");
    assert_eq!(
        errors[5],
        "RecursionError: maximum recursion depth exceeded"
    );
    assert_eq!(errors[6], "ValueError: in a generator");
}
