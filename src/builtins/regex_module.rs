//! `_sre`, the matching engine under `re` (`python/re.py`). A pattern is
//! read by `regex_syntax` (Python's syntax, CPython's errors) and compiled
//! by fancy-regex (a backtracking engine with lookaround and
//! backreferences, as Python's has). Searches report each group's span in
//! characters, as Python counts positions; `findall`, `finditer`, `sub`
//! and `split` loop over the matches here, in one call.
//!
//! A bytes pattern and subject are matched as text whose characters are
//! the bytes (U+0000..U+00FF), so a character position is a byte position.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fancy_regex::{Captures, Regex};

use super::regex_syntax::{self as syntax, ErrKind, Piece, ReError};
use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::int_from_len;
use crate::runtime::value::{PyStr, Value};

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 7] = [
        ("compile", "(pattern, flags, error, /)", compile),
        ("search", "(code, string, pos, endpos, mode, /)", search),
        ("findall", "(code, string, pos, endpos, /)", findall),
        (
            "finditer",
            "(code, string, pos, endpos, limit, after_empty, /)",
            finditer,
        ),
        (
            "subn",
            "(code, repl, string, count, make_match, error, /)",
            subn,
        ),
        ("split", "(code, string, maxsplit, /)", split),
        (
            "expand",
            "(code, template, string, spans, error, /)",
            expand,
        ),
    ];
    super::def_natives(ns, "_sre", &fns);
}

/// A compiled pattern.
struct Code {
    /// Searches.
    plain: Rc<Regex>,
    /// Matches at the search's start (`match`) and from there to the end
    /// (`fullmatch`), compiled when first wanted.
    anchored: RefCell<Option<Rc<Regex>>>,
    whole: RefCell<Option<Rc<Regex>>>,
    /// A non-empty match at the search's start (None inside: the pattern
    /// has none), for after an empty match.
    nonempty: RefCell<Option<Option<Rc<Regex>>>>,
    body: String,
    groups: usize,
    names: Vec<(String, usize)>,
    bytes: bool,
    /// The flags as `Pattern.flags` reports them.
    flags: i64,
}

thread_local! {
    static COMPILED: RefCell<Vec<Rc<Code>>> = const { RefCell::new(Vec::new()) };
    /// Each compiled pattern's number, by (pattern, is bytes, flags): a
    /// pattern compiled again (after `re.purge()`) is not compiled twice.
    static COMPILED_BY_SOURCE: RefCell<HashMap<(String, bool, i64), usize>> =
        RefCell::new(HashMap::new());
    /// The last subject with a position index (a non-ASCII str, or bytes),
    /// kept for the next call on the same object.
    static LAST_SUBJECT: RefCell<Option<(Value, Rc<Subject>)>> = const { RefCell::new(None) };
}

/// Drop every compiled pattern and the kept subject. For in-process runs
/// (`run_sandboxed`), once their interpreter is gone: the numbers its
/// patterns held are dead, and each run's new patterns would otherwise
/// stay for the life of the thread.
pub(crate) fn forget_all() {
    let _ = COMPILED.try_with(|c| drop(std::mem::take(&mut *c.borrow_mut())));
    let _ = COMPILED_BY_SOURCE.try_with(|c| drop(std::mem::take(&mut *c.borrow_mut())));
    let _ = LAST_SUBJECT.try_with(|s| drop(s.borrow_mut().take()));
}

/// Raise a pattern problem as Python's exception (`error` is `re.error`).
fn raise(it: &mut Interp, e: ReError, error: &Value, pattern: &Value) -> PyErr {
    match e.kind {
        ErrKind::Overflow => PyErr::overflow(e.msg),
        ErrKind::Value => PyErr::value_error(e.msg),
        ErrKind::Index => PyErr::index_error(e.msg),
        ErrKind::Re => {
            // A problem found without a position (a look-behind's width)
            // is reported without the pattern, as CPython's compiler does.
            let (pos, pattern) = match e.pos {
                Some(p) => (Value::Int(int_from_len(p)), pattern.clone()),
                None => (Value::None, Value::None),
            };
            match it.call(error, vec![Value::string(e.msg), pattern, pos], vec![]) {
                Ok(Value::Instance(inst)) => PyErr::from_instance(inst),
                Ok(_) => PyErr::type_error("re.error is not an exception class"),
                Err(e) => e,
            }
        }
    }
}

/// A pattern's or template's characters (a bytes' bytes as U+0000..U+00FF),
/// and whether it was bytes.
fn chars_of(v: &Value) -> Option<(Vec<char>, bool)> {
    match v {
        Value::Str(s) => Some((s.as_str().chars().collect(), false)),
        Value::Bytes(b) => Some((b.iter().map(|&c| char::from(c)).collect(), true)),
        Value::ByteArray(b) => Some((b.borrow().iter().map(|&c| char::from(c)).collect(), true)),
        _ => None,
    }
}

fn too_complex(e: &fancy_regex::Error) -> PyErr {
    PyErr::new(
        ExcKind::RecursionError,
        format!("maximum recursion limit exceeded: {e}"),
    )
}

/// `compile(pattern, flags, error)`: (code, groups, groupindex, flags).
fn compile(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some((chars, bytes)) = chars_of(&args[0]) else {
        return Err(PyErr::type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let flags = super::want_int(it, &args[1])?;
    let key: (String, bool, i64) = (chars.iter().collect(), bytes, flags);
    if let Some(n) = COMPILED_BY_SOURCE.with(|c| c.borrow().get(&key).copied()) {
        if let Some(code) = COMPILED.with(|c| c.borrow().get(n).cloned()) {
            return Ok(code_info(n, &code));
        }
    }
    let parsed = match syntax::parse(&chars, bytes, flags) {
        Ok(p) => p,
        Err(e) => return Err(raise(it, e, &args[2], &args[0])),
    };
    let plain = match build(&parsed.regex, false) {
        Ok(r) => r,
        Err(e) => {
            let e = ReError {
                kind: ErrKind::Re,
                msg: format!("pattern not supported: {e}"),
                pos: None,
            };
            return Err(raise(it, e, &args[2], &args[0]));
        }
    };
    let code = Code {
        plain: Rc::new(plain),
        anchored: RefCell::new(None),
        whole: RefCell::new(None),
        nonempty: RefCell::new(None),
        body: parsed.regex,
        groups: parsed.groups,
        names: parsed.names,
        bytes,
        flags: parsed.flags,
    };
    let code = Rc::new(code);
    let n = COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        c.push(code.clone());
        c.len() - 1
    });
    COMPILED_BY_SOURCE.with(|c| c.borrow_mut().insert(key, n));
    Ok(code_info(n, &code))
}

/// What `compile` tells re.py: (code, groups, groupindex, flags).
fn code_info(n: usize, code: &Code) -> Value {
    let names = PyDict::new();
    for (name, g) in &code.names {
        names.set_str(name, Value::Int(int_from_len(*g)));
    }
    Value::tuple(vec![
        Value::Int(int_from_len(n)),
        Value::Int(int_from_len(code.groups)),
        // A read-only view, as CPython's groupindex is.
        Value::DictView(Rc::new(crate::runtime::iter::DictView {
            dict: Rc::new(names),
            kind: crate::runtime::iter::ViewKind::Proxy,
        })),
        Value::Int(code.flags),
    ])
}

/// Compile with room for big patterns (`\\w{1000}` is many states);
/// `nonempty`: find only non-empty matches.
fn build(text: &str, nonempty: bool) -> Result<Regex, fancy_regex::Error> {
    fancy_regex::RegexBuilder::new(text)
        .delegate_size_limit(1 << 28)
        .find_not_empty(nonempty)
        .build()
}

fn code_of(it: &mut Interp, v: &Value) -> PyResult<Rc<Code>> {
    let n = super::want_int(it, v)?;
    let n = usize::try_from(n).map_err(|_| PyErr::value_error("bad pattern code"))?;
    COMPILED
        .with(|c| c.borrow().get(n).cloned())
        .ok_or_else(|| PyErr::value_error("bad pattern code"))
}

impl Code {
    fn variant(&self, which: &RefCell<Option<Rc<Regex>>>, wrap: &str) -> PyResult<Rc<Regex>> {
        if let Some(r) = which.borrow().as_ref() {
            return Ok(r.clone());
        }
        let text = wrap.replace("BODY", &self.body);
        let r = Rc::new(build(&text, false).map_err(|e| PyErr::value_error(e.to_string()))?);
        *which.borrow_mut() = Some(r.clone());
        Ok(r)
    }
    fn nonempty(&self) -> PyResult<Option<Rc<Regex>>> {
        if let Some(r) = self.nonempty.borrow().as_ref() {
            return Ok(r.clone());
        }
        let text = format!("\\G(?:{})", self.body);
        let r = match build(&text, true) {
            Ok(r) => Some(Rc::new(r)),
            // A pattern that only ever matches empty text.
            Err(_) => None,
        };
        *self.nonempty.borrow_mut() = Some(r.clone());
        Ok(r)
    }
    /// The regex for a mode: 0 search, 1 match at the start, 2 fullmatch.
    fn regex(&self, mode: i64) -> PyResult<Rc<Regex>> {
        match mode {
            1 => self.variant(&self.anchored, "\\G(?:BODY)"),
            2 => self.variant(&self.whole, "\\G(?:BODY)\\z"),
            _ => Ok(self.plain.clone()),
        }
    }
}

/// What is being searched: its text (a bytes' bytes as characters) and a
/// map between character and byte positions.
struct Subject {
    owner: Owner,
    bytes: bool,
    nchars: usize,
    /// The byte offset of every `STEP`-th character (None when ASCII).
    marks: Option<Vec<usize>>,
}

enum Owner {
    Str(Rc<PyStr>),
    Text(String),
}

const STEP: usize = 64;

impl Subject {
    fn text(&self) -> &str {
        match &self.owner {
            Owner::Str(s) => s.as_str(),
            Owner::Text(t) => t,
        }
    }
    fn build(owner: Owner, bytes: bool) -> Subject {
        let text = match &owner {
            Owner::Str(s) => s.as_str(),
            Owner::Text(t) => t.as_str(),
        };
        let (nchars, marks) = if text.is_ascii() {
            (text.len(), None)
        } else {
            let mut marks = Vec::with_capacity(text.len() / STEP + 1);
            let mut n = 0;
            for (b, _) in text.char_indices() {
                if n % STEP == 0 {
                    marks.push(b);
                }
                n += 1;
            }
            (n, Some(marks))
        };
        Subject {
            owner,
            bytes,
            nchars,
            marks,
        }
    }
    /// The byte offset of character `pos` (at most the length).
    fn byte_of(&self, pos: usize) -> usize {
        let text = self.text();
        match &self.marks {
            None => pos.min(text.len()),
            Some(marks) => {
                if pos >= self.nchars {
                    return text.len();
                }
                let base = marks[pos / STEP];
                text[base..]
                    .char_indices()
                    .nth(pos % STEP)
                    .map_or(text.len(), |(b, _)| base + b)
            }
        }
    }
    fn char_of(&self, byte: usize) -> usize {
        match &self.marks {
            None => byte,
            Some(marks) => {
                let k = marks.partition_point(|&m| m <= byte).saturating_sub(1);
                let base = marks.get(k).copied().unwrap_or(0);
                k * STEP + self.text()[base..byte].chars().count()
            }
        }
    }
    /// The text from byte `a` to `b` as a str or bytes.
    fn slice(&self, a: usize, b: usize) -> Value {
        let part = &self.text()[a..b];
        if self.bytes {
            Value::Bytes(Rc::new(latin1(part)))
        } else {
            Value::str(part)
        }
    }
}

fn latin1(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

fn latin1_text(b: &[u8]) -> String {
    if b.is_ascii() {
        String::from_utf8(b.to_vec()).unwrap_or_default()
    } else {
        b.iter().map(|&c| char::from(c)).collect()
    }
}

/// The subject for a pattern, checked against it (a str pattern takes
/// str, a bytes one bytes and bytearray).
fn subject_of(code: &Code, v: &Value) -> PyResult<Rc<Subject>> {
    let is_bytes = match v {
        Value::Str(_) => false,
        Value::Bytes(_) | Value::ByteArray(_) => true,
        other => {
            return Err(PyErr::type_error(format!(
                "expected string or bytes-like object, got '{}'",
                other.type_name()
            )))
        }
    };
    if is_bytes && !code.bytes {
        return Err(PyErr::type_error(
            "cannot use a string pattern on a bytes-like object",
        ));
    }
    if !is_bytes && code.bytes {
        return Err(PyErr::type_error(
            "cannot use a bytes pattern on a string-like object",
        ));
    }
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y),
        (Value::Bytes(x), Value::Bytes(y)) => Rc::ptr_eq(x, y),
        _ => false,
    };
    let cached = LAST_SUBJECT.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(owner, _)| same(owner, v))
            .map(|(_, s)| s.clone())
    });
    if let Some(s) = cached {
        return Ok(s);
    }
    let subject = Rc::new(match v {
        Value::Str(s) => {
            if s.is_ascii() {
                // Cheap to make: no index.
                return Ok(Rc::new(Subject {
                    owner: Owner::Str(s.clone()),
                    bytes: false,
                    nchars: s.nchars,
                    marks: None,
                }));
            }
            Subject::build(Owner::Str(s.clone()), false)
        }
        Value::Bytes(b) => Subject::build(Owner::Text(latin1_text(b)), true),
        Value::ByteArray(b) => {
            // A bytearray may change between calls: never kept.
            return Ok(Rc::new(Subject::build(
                Owner::Text(latin1_text(&b.borrow())),
                true,
            )));
        }
        _ => return Err(PyErr::type_error("expected string or bytes-like object")),
    });
    LAST_SUBJECT.with(|l| *l.borrow_mut() = Some((v.clone(), subject.clone())));
    Ok(subject)
}

/// pos and endpos as CPython clamps them, in bytes: (start, end); None
/// when the end comes before the start.
fn window(
    it: &mut Interp,
    subj: &Subject,
    pos: &Value,
    endpos: &Value,
) -> PyResult<Option<(usize, usize)>> {
    let clamp = |v: i64| {
        usize::try_from(v.max(0))
            .unwrap_or(usize::MAX)
            .min(subj.nchars)
    };
    let pos = clamp(super::want_int(it, pos)?);
    let endpos = match endpos {
        Value::None => subj.nchars,
        v => clamp(super::want_int(it, v)?),
    };
    // An end before the start: nothing can match.
    Ok((pos <= endpos).then(|| (subj.byte_of(pos), subj.byte_of(endpos))))
}

/// Every group's (start, end) in characters, -1 for a group that took no
/// part, as one flat tuple.
fn spans(subj: &Subject, caps: &Hit<'_>, groups: usize) -> Value {
    let mut out = Vec::with_capacity(2 * groups + 2);
    for g in 0..=groups {
        match caps.get(g) {
            Some(m) => {
                out.push(Value::Int(int_from_len(subj.char_of(m.start()))));
                out.push(Value::Int(int_from_len(subj.char_of(m.end()))));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(out)
}

/// Where a scan over the matches goes on: a byte position, and whether
/// the last match was an empty one ending there.
#[derive(Clone, Copy)]
struct Resume {
    at: usize,
    after_empty: bool,
}

/// The matches from `from` up to `hay`'s end, as Python finds them:
/// non-overlapping; after an empty match the next may start at the same
/// place only if it is not empty. `each` gets every match and says whether
/// to go on; the result is where to resume, if anything is left.
fn each_match(
    code: &Code,
    hay: &str,
    from: Resume,
    groups: bool,
    mut each: impl FnMut(&Hit<'_>) -> PyResult<bool>,
) -> PyResult<Option<Resume>> {
    let mut next = from;
    while next.at <= hay.len() {
        let mut found = None;
        if next.after_empty {
            // A non-empty match right here, if the pattern has one ...
            if let Some(re) = code.nonempty()? {
                found = hit(&re, hay, next.at, groups)?;
            }
            if found.is_none() {
                // ... else search on from the next character.
                let Some(c) = hay[next.at..].chars().next() else {
                    return Ok(None);
                };
                next.at += c.len_utf8();
            }
        }
        if found.is_none() {
            found = hit(&code.plain, hay, next.at, groups)?;
        }
        let Some(found) = found else {
            return Ok(None);
        };
        let Some(m) = found.get(0) else {
            return Ok(None);
        };
        next = Resume {
            at: m.end(),
            after_empty: m.start() == m.end(),
        };
        if !each(&found)? {
            return Ok(Some(next));
        }
    }
    Ok(None)
}

/// One match: every group's capture, or only where the whole match is
/// (found faster, when no group is wanted).
enum Hit<'t> {
    Groups(Captures<'t, str>),
    Whole(Span),
}

/// Where a group matched, in bytes.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

impl Span {
    fn start(self) -> usize {
        self.start
    }
    fn end(self) -> usize {
        self.end
    }
}

impl Hit<'_> {
    fn get(&self, g: usize) -> Option<Span> {
        match self {
            Hit::Groups(caps) => caps.get(g).map(|m| Span {
                start: m.start(),
                end: m.end(),
            }),
            Hit::Whole(span) => (g == 0).then_some(*span),
        }
    }
}

/// The first match from byte `at`.
fn hit<'t>(re: &Regex, hay: &'t str, at: usize, groups: bool) -> PyResult<Option<Hit<'t>>> {
    if groups {
        let caps = re.captures_from_pos(hay, at).map_err(|e| too_complex(&e))?;
        Ok(caps.map(Hit::Groups))
    } else {
        let m = re.find_from_pos(hay, at).map_err(|e| too_complex(&e))?;
        Ok(m.map(|m| {
            Hit::Whole(Span {
                start: m.start(),
                end: m.end(),
            })
        }))
    }
}

/// `search(code, string, pos, endpos, mode)`: mode 0 searches, 1 matches
/// at pos, 2 matches from pos to endpos; the spans, or None.
fn search(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let subj = subject_of(&code, &args[1])?;
    let Some((start, end)) = window(it, &subj, &args[2], &args[3])? else {
        return Ok(Value::None);
    };
    let mode = super::want_int(it, &args[4])?;
    let re = code.regex(mode)?;
    let hay = &subj.text()[..end];
    match re
        .captures_from_pos(hay, start)
        .map_err(|e| too_complex(&e))?
    {
        Some(caps) => Ok(spans(&subj, &Hit::Groups(caps), code.groups)),
        None => Ok(Value::None),
    }
}

/// The value `findall` gives for one match: the whole match, the one
/// group, or a tuple of the groups ("" for one that took no part).
fn found(subj: &Subject, caps: &Hit<'_>, groups: usize) -> Value {
    let text = |g: usize| match caps.get(g) {
        Some(m) => subj.slice(m.start(), m.end()),
        None => subj.slice(0, 0),
    };
    match groups {
        0 => text(0),
        1 => text(1),
        n => Value::tuple((1..=n).map(text).collect()),
    }
}

/// `findall(code, string, pos, endpos)`.
fn findall(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let subj = subject_of(&code, &args[1])?;
    let Some((start, end)) = window(it, &subj, &args[2], &args[3])? else {
        return Ok(Value::list(Vec::new()));
    };
    let hay = &subj.text()[..end];
    let mut out = Vec::new();
    let from = Resume {
        at: start,
        after_empty: false,
    };
    each_match(&code, hay, from, code.groups > 0, |caps| {
        out.push(found(&subj, caps, code.groups));
        Ok(true)
    })?;
    Ok(Value::list(out))
}

/// `finditer(code, string, pos, endpos, limit, after_empty)`: (the spans
/// of up to `limit` matches, and where to go on: None when done, else
/// (pos, whether the last match was empty), to give the next call).
fn finditer(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let subj = subject_of(&code, &args[1])?;
    let Some((start, end)) = window(it, &subj, &args[2], &args[3])? else {
        return Ok(Value::tuple(vec![Value::list(Vec::new()), Value::None]));
    };
    let limit = usize::try_from(super::want_int(it, &args[4])?)
        .unwrap_or(1)
        .max(1);
    let from = Resume {
        at: start,
        after_empty: matches!(args[5], Value::Bool(true)),
    };
    let hay = &subj.text()[..end];
    let mut out = Vec::new();
    let next = each_match(&code, hay, from, code.groups > 0, |caps| {
        out.push(spans(&subj, caps, code.groups));
        Ok(out.len() < limit)
    })?;
    let next = next.map_or(Value::None, |r| {
        Value::tuple(vec![
            Value::Int(int_from_len(subj.char_of(r.at))),
            Value::Bool(r.after_empty),
        ])
    });
    Ok(Value::tuple(vec![Value::list(out), next]))
}

fn template_of(it: &mut Interp, code: &Code, t: &Value, error: &Value) -> PyResult<Vec<Piece>> {
    let (chars, bytes) = match chars_of(t) {
        Some((chars, bytes)) if bytes == code.bytes => (chars, bytes),
        _ if code.bytes => {
            return Err(PyErr::type_error(format!(
                "sequence item 0: expected a bytes-like object, {} found",
                t.type_name()
            )))
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "sequence item 0: expected str instance, {} found",
                t.type_name()
            )))
        }
    };
    let names = |name: &str| code.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g);
    syntax::parse_template(&chars, bytes, code.groups, &names).map_err(|e| raise(it, e, error, t))
}

/// Output being built: a str's text, or bytes (kept as U+0000..U+00FF
/// characters until the end).
fn append_piece(out: &mut String, subj: &Subject, caps: &Hit<'_>, pieces: &[Piece]) {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Group(g) => {
                if let Some(m) = caps.get(*g) {
                    out.push_str(&subj.text()[m.start()..m.end()]);
                }
            }
        }
    }
}

fn finish(text: String, bytes: bool) -> Value {
    if bytes {
        Value::Bytes(Rc::new(latin1(&text)))
    } else {
        Value::string(text)
    }
}

/// `subn(code, repl, string, count, make_match, error)`: (the new string,
/// the number of replacements). A callable repl gets a Match object made
/// by `make_match`, a pair (the Match class, the Pattern).
fn subn(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let subj = subject_of(&code, &args[2])?;
    let count = super::want_int(it, &args[3])?;
    // 0 replaces every match; a negative count none.
    let limit = match count {
        0 => usize::MAX,
        c if c < 0 => 0,
        c => usize::try_from(c).unwrap_or(usize::MAX),
    };
    let repl = &args[1];
    // (Match, the Pattern): what a function replacement is given.
    let (match_class, pattern) = match &args[4] {
        Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
        _ => return Err(PyErr::type_error("subn() needs (Match, pattern)")),
    };
    let pieces = match repl {
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            Some(template_of(it, &code, repl, &args[5])?)
        }
        _ => None,
    };
    let text = subj.text();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n = 0usize;
    // Groups are looked for only when the replacement uses them.
    let groups = match &pieces {
        Some(pieces) => pieces
            .iter()
            .any(|p| matches!(p, Piece::Group(g) if *g > 0)),
        None => code.groups > 0,
    };
    if limit > 0 {
        each_match(
            &code,
            text,
            Resume {
                at: 0,
                after_empty: false,
            },
            groups,
            |caps| {
                let Some(m) = caps.get(0) else {
                    return Ok(false);
                };
                out.push_str(&text[last..m.start()]);
                match &pieces {
                    Some(pieces) => append_piece(&mut out, &subj, caps, pieces),
                    None => {
                        let m_obj = it.call(
                            &match_class,
                            vec![
                                pattern.clone(),
                                args[2].clone(),
                                spans(&subj, caps, code.groups),
                                Value::Int(0),
                                Value::Int(int_from_len(subj.nchars)),
                            ],
                            vec![],
                        )?;
                        let r = it.call(repl, vec![m_obj], vec![])?;
                        match (&r, code.bytes) {
                            (Value::Str(s), false) => out.push_str(s.as_str()),
                            (Value::Bytes(b), true) => out.push_str(&latin1_text(b)),
                            (Value::ByteArray(b), true) => out.push_str(&latin1_text(&b.borrow())),
                            (other, false) => {
                                return Err(PyErr::type_error(format!(
                                    "sequence item 0: expected str instance, {} found",
                                    other.type_name()
                                )))
                            }
                            (other, true) => {
                                return Err(PyErr::type_error(format!(
                                    "sequence item 0: expected a bytes-like object, {} found",
                                    other.type_name()
                                )))
                            }
                        }
                    }
                }
                last = m.end();
                n += 1;
                Ok(n < limit)
            },
        )?;
    }
    out.push_str(&text[last..]);
    Ok(Value::tuple(vec![
        finish(out, code.bytes),
        Value::Int(int_from_len(n)),
    ]))
}

/// `split(code, string, maxsplit)`.
fn split(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let subj = subject_of(&code, &args[1])?;
    let maxsplit = super::want_int(it, &args[2])?;
    let mut out = Vec::new();
    let text = subj.text();
    let mut last = 0;
    if maxsplit >= 0 {
        let limit = if maxsplit == 0 {
            usize::MAX
        } else {
            usize::try_from(maxsplit).unwrap_or(usize::MAX)
        };
        let mut n = 0usize;
        each_match(
            &code,
            text,
            Resume {
                at: 0,
                after_empty: false,
            },
            code.groups > 0,
            |caps| {
                let Some(m) = caps.get(0) else {
                    return Ok(false);
                };
                out.push(subj.slice(last, m.start()));
                for g in 1..=code.groups {
                    out.push(
                        caps.get(g)
                            .map_or(Value::None, |c| subj.slice(c.start(), c.end())),
                    );
                }
                last = m.end();
                n += 1;
                Ok(n < limit)
            },
        )?;
    }
    out.push(subj.slice(last, text.len()));
    Ok(Value::list(out))
}

/// `expand(code, template, string, spans, error)`: the template filled in
/// with a match's groups.
fn expand(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let code = code_of(it, &args[0])?;
    let pieces = template_of(it, &code, &args[1], &args[4])?;
    let subj = subject_of(&code, &args[2])?;
    let Value::Tuple(spans) = &args[3] else {
        return Err(PyErr::type_error("spans must be a tuple"));
    };
    let mut out = String::new();
    for p in &pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Group(g) => {
                let at = |k: usize| match spans.items.get(k) {
                    Some(Value::Int(v)) => usize::try_from(*v).ok(),
                    _ => None,
                };
                if let (Some(a), Some(b)) = (at(2 * g), at(2 * g + 1)) {
                    let (a, b) = (subj.byte_of(a), subj.byte_of(b));
                    out.push_str(&subj.text()[a..b]);
                }
            }
        }
    }
    Ok(finish(out, code.bytes))
}
