//! `_sre`, the matching engine under `re` (`python/re.py`): patterns
//! compiled once by fancy-regex (a backtracking engine with lookaround and
//! backreferences, as Python's has) after translating the few places where
//! Python's syntax differs, and searches that return each group's span in
//! characters, as Python counts positions.

use std::cell::RefCell;
use std::collections::HashMap;

use fancy_regex::Regex;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::int_from_len;
use crate::runtime::value::Value;

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 3] = [
        ("compile", "(pattern, flags, /)", compile),
        ("search", "(code, string, pos, endpos, mode, /)", search),
        ("info", "(code, /)", info),
    ];
    for (name, sig, f) in fns {
        ns.set_str(name, super::native(name, sig, f));
    }
}

/// Compiled patterns, by number; the same pattern and flags compile once.
#[derive(Default)]
struct Compiled {
    regexes: Vec<(Regex, Regex)>,
    by_source: HashMap<(String, i64), usize>,
}

thread_local! {
    static COMPILED: RefCell<Compiled> = RefCell::new(Compiled::default());
}

fn re_error(msg: String) -> PyErr {
    PyErr::value_error(msg)
}

/// Python's pattern syntax in fancy-regex's: `(?P=name)` is `\k<name>`,
/// `\Z` is `\z`, a `$` outside a class may also match before a final
/// newline, and a `{` that starts no repetition is a literal.
fn translate(pattern: &str, flags: i64) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut in_class = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                let n = chars[i + 1];
                if n == 'Z' && !in_class {
                    out.push_str("\\z");
                } else {
                    out.push('\\');
                    out.push(n);
                }
                i += 2;
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                // A ']' right after '[' or '[^' is a literal.
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '[' if in_class => out.push_str("\\["),
            '(' if !in_class && chars[i..].starts_with(&['(', '?', 'P', '=']) => {
                let end = chars[i..].iter().position(|&c| c == ')').map(|p| p + i);
                if let Some(end) = end {
                    let name: String = chars[i + 4..end].iter().collect();
                    out.push_str(&format!("\\k<{name}>"));
                    i = end + 1;
                    continue;
                }
                out.push('(');
            }
            '$' if !in_class && flags & MULTILINE == 0 => out.push_str("(?=\\n?\\z)"),
            '{' if !in_class && !is_repetition(&chars[i..]) => out.push_str("\\{"),
            '}' if !in_class && !closes_repetition(&chars[..i]) => out.push_str("\\}"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// `{m}`, `{m,}`, `{m,n}` or `{,n}` starts here.
fn is_repetition(rest: &[char]) -> bool {
    let Some(end) = rest.iter().position(|&c| c == '}') else {
        return false;
    };
    let inner = &rest[1..end];
    let (a, b) = match inner.iter().position(|&c| c == ',') {
        Some(p) => (&inner[..p], Some(&inner[p + 1..])),
        None => (inner, None),
    };
    let digits = |s: &[char]| s.iter().all(char::is_ascii_digit);
    match b {
        None => !a.is_empty() && digits(a),
        Some(b) => digits(a) && digits(b) && !(a.is_empty() && b.is_empty()),
    }
}

/// The `}` here ends a repetition that `is_repetition` accepted.
fn closes_repetition(before: &[char]) -> bool {
    match before.iter().rposition(|&c| c == '{') {
        Some(open) => {
            let close_at = before.len();
            before[open + 1..close_at]
                .iter()
                .all(|&c| c.is_ascii_digit() || c == ',')
                && is_repetition(&[&before[open..], &['}']].concat())
        }
        None => false,
    }
}

fn with_flags(body: &str, flags: i64) -> String {
    let mut inline = String::new();
    if flags & IGNORECASE != 0 {
        inline.push('i');
    }
    if flags & MULTILINE != 0 {
        inline.push('m');
    }
    if flags & DOTALL != 0 {
        inline.push('s');
    }
    if flags & VERBOSE != 0 {
        inline.push('x');
    }
    if inline.is_empty() {
        body.to_string()
    } else {
        format!("(?{inline}){body}")
    }
}

/// `compile(pattern, flags)`: the compiled pattern's number.
fn compile(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pattern = it.to_str(&args[0])?;
    let flags = super::want_int(it, &args[1])?;
    let key = (pattern.clone(), flags);
    if let Some(n) = COMPILED.with(|c| c.borrow().by_source.get(&key).copied()) {
        return Ok(Value::Int(int_from_len(n)));
    }
    let body = translate(&pattern, flags);
    let plain = Regex::new(&with_flags(&body, flags)).map_err(|e| re_error(e.to_string()))?;
    let whole = Regex::new(&with_flags(&format!("(?:{body})\\z"), flags))
        .map_err(|e| re_error(e.to_string()))?;
    let n = COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        c.regexes.push((plain, whole));
        let n = c.regexes.len() - 1;
        c.by_source.insert(key, n);
        n
    });
    Ok(Value::Int(int_from_len(n)))
}

fn code_index(it: &mut Interp, v: &Value) -> PyResult<usize> {
    let n = super::want_int(it, v)?;
    usize::try_from(n).map_err(|_| PyErr::value_error("bad pattern code"))
}

/// The byte offset of character `pos` in `s` (clamped to its length).
fn byte_of(s: &str, pos: usize, ascii: bool) -> usize {
    if ascii {
        return pos.min(s.len());
    }
    s.char_indices().nth(pos).map_or(s.len(), |(b, _)| b)
}

fn char_of(s: &str, byte: usize, ascii: bool) -> usize {
    if ascii {
        byte
    } else {
        s[..byte].chars().count()
    }
}

/// `search(code, string, pos, endpos, mode)`: mode 0 searches, 1 matches
/// at pos, 2 matches from pos to endpos. The result is a list of
/// (start, end) per group, group 0 first (None for a group that took no
/// part), or None.
fn search(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = code_index(it, &args[0])?;
    let Value::Str(text) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "expected string, got '{}'",
            args[1].type_name()
        )));
    };
    let s = text.as_str();
    let ascii = s.is_ascii();
    let nchars = if ascii { s.len() } else { s.chars().count() };
    let clamp = |v: i64| -> usize {
        let v = if v < 0 { 0 } else { v };
        usize::try_from(v).unwrap_or(usize::MAX).min(nchars)
    };
    let pos = clamp(super::want_int(it, &args[2])?);
    let endpos = clamp(super::want_int(it, &args[3])?);
    let mode = super::want_int(it, &args[4])?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let end_byte = byte_of(s, endpos, ascii);
    let haystack = &s[..end_byte];
    let start_byte = byte_of(s, pos, ascii);
    let found = COMPILED.with(|c| {
        let c = c.borrow();
        let Some((plain, whole)) = c.regexes.get(n) else {
            return Err(PyErr::value_error("bad pattern code"));
        };
        let re = if mode == 2 { whole } else { plain };
        re.captures_from_pos(haystack, start_byte)
            .map_err(|e| {
                PyErr::new(
                    crate::runtime::exception::ExcKind::RecursionError,
                    format!("regular expression too complex: {e}"),
                )
            })
            .map(|caps| {
                caps.map(|caps| {
                    (0..caps.len())
                        .map(|g| caps.get(g).map(|m| (m.start(), m.end())))
                        .collect::<Vec<_>>()
                })
            })
    })?;
    let Some(groups) = found else {
        return Ok(Value::None);
    };
    if mode != 0 && groups.first().copied().flatten().map(|(a, _)| a) != Some(start_byte) {
        return Ok(Value::None);
    }
    let spans = groups
        .into_iter()
        .map(|g| match g {
            Some((a, b)) => Value::tuple(vec![
                Value::Int(int_from_len(char_of(s, a, ascii))),
                Value::Int(int_from_len(char_of(s, b, ascii))),
            ]),
            None => Value::None,
        })
        .collect();
    Ok(Value::list(spans))
}

/// `info(code)`: (number of groups, {name: group number}).
fn info(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = code_index(it, &args[0])?;
    COMPILED.with(|c| {
        let c = c.borrow();
        let Some((plain, _)) = c.regexes.get(n) else {
            return Err(PyErr::value_error("bad pattern code"));
        };
        let names = PyDict::new();
        for (i, name) in plain.capture_names().enumerate() {
            if let Some(name) = name {
                names.set_str(name, Value::Int(int_from_len(i)));
            }
        }
        let count = plain.captures_len().saturating_sub(1);
        Ok(Value::tuple(vec![
            Value::Int(int_from_len(count)),
            Value::Dict(std::rc::Rc::new(names)),
        ]))
    })
}
