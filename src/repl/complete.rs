//! Tab at the prompt: keywords, names in scope and builtins, attributes
//! after a dot (`p.` offers the slots and methods of `p`'s class), and
//! indentation at the start of a line.
//!
//! Completion reads namespaces only; it never calls Python code (no
//! properties, no `__getattr__`), so pressing Tab cannot change anything.

use std::cell::RefCell;
use std::rc::Rc;

use rustyline::completion::Completer;
use rustyline::Context;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::value::Value;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", // then the soft keywords, as CPython's rlcompleter lists them
    "_", "case", "match",
];

pub(super) struct Helper {
    interp: Rc<RefCell<Interp>>,
    globals: Rc<PyDict>,
}

impl Helper {
    pub(super) fn new(interp: Rc<RefCell<Interp>>, globals: Rc<PyDict>) -> Helper {
        Helper { interp, globals }
    }

    /// Candidates for the word ending at the cursor: where it starts, and
    /// the full replacements.
    pub(super) fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        if before.trim().is_empty() {
            return (pos, vec!["    ".to_string()]);
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        let Ok(interp) = self.interp.try_borrow() else {
            return (pos, Vec::new());
        };
        match word.rsplit_once('.') {
            Some((path, prefix)) => {
                let Some(obj) = self.resolve(&interp, path) else {
                    return (pos, Vec::new());
                };
                let names = attribute_names(&interp, &obj);
                let found = names
                    .into_iter()
                    .filter(|n| shown_for(n, prefix))
                    .map(|n| {
                        let callable = self.attr_is_callable(&interp, &obj, &n);
                        if callable {
                            format!("{n}(")
                        } else {
                            n
                        }
                    })
                    .collect();
                (pos - prefix.len(), found)
            }
            None => {
                let mut found: Vec<String> = KEYWORDS
                    .iter()
                    .filter(|k| k.starts_with(word))
                    .map(|k| keyword_completion(k))
                    .collect();
                let mut names: Vec<(String, bool)> = Vec::new();
                for dict in [&self.globals, &interp.builtins] {
                    for (k, v) in dict.items() {
                        if let Value::Str(s) = k {
                            names.push((s.as_str().to_string(), is_callable(&v)));
                        }
                    }
                }
                names.sort();
                names.dedup_by(|a, b| a.0 == b.0);
                found.extend(
                    names
                        .into_iter()
                        .filter(|(n, _)| shown_for(n, word))
                        .map(|(n, call)| if call { format!("{n}(") } else { n }),
                );
                (start, found)
            }
        }
    }

    /// The object a dotted name refers to, through namespaces only.
    fn resolve(&self, interp: &Interp, path: &str) -> Option<Value> {
        let mut parts = path.split('.');
        let first = parts.next()?;
        let mut obj = self
            .globals
            .get_str(first)
            .or_else(|| interp.builtins.get_str(first))?;
        for part in parts {
            obj = static_attr(interp, &obj, part)?;
        }
        Some(obj)
    }

    fn attr_is_callable(&self, interp: &Interp, obj: &Value, name: &str) -> bool {
        static_attr(interp, obj, name).is_some_and(|v| is_callable(&v))
    }
}

/// The attribute names `dir(obj)` lists, read without running Python code.
fn attribute_names(interp: &Interp, obj: &Value) -> Vec<String> {
    // An instance's own attributes, also those kept inline (no
    // `__dict__` made yet).
    let mut names = match obj {
        Value::Instance(inst) => inst.own_attr_names(),
        _ => Vec::new(),
    };
    let mut add = |d: &PyDict| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match obj {
        Value::Class(c) => {
            for k in c.mro() {
                add(&k.dict);
            }
        }
        Value::Instance(inst) => {
            for k in inst.class().mro() {
                add(&k.dict);
            }
        }
        other => {
            for k in interp.types.class_of(other).mro() {
                add(&k.dict);
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// `obj.name` when a namespace holds it directly (instance dict, then the
/// class and its bases).
fn static_attr(interp: &Interp, obj: &Value, name: &str) -> Option<Value> {
    let class = match obj {
        Value::Class(c) => return c.mro().iter().find_map(|k| k.dict.get_str(name)),
        Value::Instance(inst) => {
            if let Some(v) = inst.get_attr(name) {
                return Some(v);
            }
            inst.class().clone()
        }
        other => interp.types.class_of(other),
    };
    class.mro().iter().find_map(|k| k.dict.get_str(name))
}

fn is_callable(v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_)
    )
}

/// As python3's completer: names starting with `_` only once the prefix
/// asks for them, and `__dunders__` only after `__`.
fn shown_for(name: &str, prefix: &str) -> bool {
    if !name.starts_with(prefix) {
        return false;
    }
    if prefix.is_empty() {
        return !name.starts_with('_');
    }
    if prefix == "_" {
        return !name.starts_with("__");
    }
    true
}

/// Keywords that are always followed by something get their space (or
/// colon), as python3 completes them.
fn keyword_completion(k: &str) -> String {
    match k {
        "True" | "False" | "None" | "break" | "continue" | "pass" | "_" => k.to_string(),
        "else" | "finally" | "try" => format!("{k}:"),
        _ => format!("{k} "),
    }
}

impl Completer for Helper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(self.candidates(line, pos))
    }
}

impl rustyline::hint::Hinter for Helper {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Helper {}
impl rustyline::validate::Validator for Helper {}
impl rustyline::Helper for Helper {}
