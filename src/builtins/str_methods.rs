//! Methods of `str`.

use crate::runtime::fallible;
use std::rc::Rc;

use super::{def_method, def_slot, kwarg, self_str, want_int};
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::int::{count_from_int, int_from_len};
use crate::runtime::value::Value;

pub(crate) fn register(c: &Rc<Class>) {
    def_method(c, "split", "(sep=None, maxsplit=-1)", split);
    def_method(c, "rsplit", "(sep=None, maxsplit=-1)", rsplit);
    def_method(c, "join", "(iterable, /)", join);
    def_method(c, "strip", "(chars=None, /)", strip);
    def_method(c, "lstrip", "(chars=None, /)", lstrip);
    def_method(c, "rstrip", "(chars=None, /)", rstrip);
    def_method(c, "replace", "(old, new, count=-1, /)", replace);
    def_method(c, "find", "(sub[, start[, end]])", find);
    def_method(c, "rfind", "(sub[, start[, end]])", rfind);
    def_method(c, "index", "(sub[, start[, end]])", index);
    def_method(c, "rindex", "(sub[, start[, end]])", rindex);
    def_method(c, "count", "(sub[, start[, end]])", count);
    def_method(c, "startswith", "(prefix[, start[, end]])", startswith);
    def_method(c, "endswith", "(suffix[, start[, end]])", endswith);
    def_method(c, "upper", "()", upper);
    def_method(c, "lower", "()", lower);
    def_method(c, "casefold", "()", casefold);
    def_method(c, "title", "()", title);
    def_method(c, "capitalize", "()", capitalize);
    def_method(c, "swapcase", "()", swapcase);
    def_method(c, "isdigit", "()", isdigit);
    def_method(c, "isdecimal", "()", isdecimal);
    def_method(c, "isnumeric", "()", isnumeric);
    def_method(c, "isalpha", "()", isalpha);
    def_method(c, "isalnum", "()", isalnum);
    def_method(c, "isspace", "()", isspace);
    def_method(c, "isupper", "()", isupper);
    def_method(c, "islower", "()", islower);
    def_method(c, "istitle", "()", istitle);
    def_method(c, "isidentifier", "()", isidentifier);
    def_method(c, "isascii", "()", isascii);
    def_method(c, "isprintable", "()", isprintable);
    def_method(c, "center", "(width, fillchar=' ', /)", center);
    def_method(c, "ljust", "(width, fillchar=' ', /)", ljust);
    def_method(c, "rjust", "(width, fillchar=' ', /)", rjust);
    def_method(c, "zfill", "(width, /)", zfill);
    def_method(c, "partition", "(sep, /)", partition);
    def_method(c, "rpartition", "(sep, /)", rpartition);
    def_method(c, "splitlines", "(keepends=False)", splitlines);
    def_method(c, "format", "(*args, **kwargs)", format);
    def_method(c, "format_map", "(mapping, /)", format_map);
    def_method(c, "translate", "(table, /)", translate);
    super::def_static(
        c,
        "maketrans",
        "maketrans",
        "(x, y=<unrepresentable>, z=<unrepresentable>, /)",
        maketrans,
    );
    def_method(c, "removeprefix", "(prefix, /)", removeprefix);
    def_method(c, "removesuffix", "(suffix, /)", removesuffix);
    def_method(c, "expandtabs", "(tabsize=8)", expandtabs);
    def_method(c, "encode", "(encoding='utf-8', errors='strict')", encode);
    def_slot(c, "__len__", dunder_len);
    def_slot(c, "__contains__", dunder_contains);
}

/// A str argument. `what` names it for methods that check arguments the
/// argument-clinic way (`replace() argument 1 `), whose messages call
/// None `None`; the older methods (find, count, partition) say only
/// "must be str, not NoneType".
fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "{}must be str, not {}",
            what,
            if what.is_empty() {
                other.type_name()
            } else {
                super::arg_type_name(other)
            }
        ))),
    }
}

/// An optional string argument (`sep=None`): CPython's message names both.
fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(other) => Err(PyErr::type_error(format!(
            "{}must be str or None, not {}",
            what,
            other.type_name()
        ))),
    }
}

fn strs(v: Vec<String>) -> Value {
    Value::list(v.into_iter().map(Value::string).collect())
}

/// A list of pieces of the receiver: each piece is copied once, straight
/// into its string object (no intermediate `String` per piece), or is the
/// receiver itself (`part_of`).
fn pieces(args: &[Value], v: Vec<&str>) -> PyResult<Value> {
    // Collected in place: the pieces' vector becomes the list's (a `&str`
    // and a `Value` are the same size), so a split of a big text holds one
    // buffer, not two.
    let items = v
        .into_iter()
        .map(|p| part_of(args, p))
        .collect::<PyResult<Vec<Value>>>()?;
    Ok(Value::list(items))
}

/// `part` of the receiver as a str: the receiver itself when the part is
/// all of it (CPython returns an unchanged str, not a copy), else a copy,
/// whose room is tried first.
fn part_of(args: &[Value], part: &str) -> PyResult<Value> {
    if let Some(v @ Value::Str(s)) = args.first() {
        if part.len() == s.s.len() && std::ptr::eq(part.as_ptr(), s.s.as_ptr()) {
            return Ok(v.clone());
        }
    }
    fallible::probe(part.len())?;
    Ok(Value::str(part))
}

fn split(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let sep = opt_str(args.get(1).or_else(|| kwarg(kwargs, "sep")), "")?;
    let maxsplit = match args.get(2).or_else(|| kwarg(kwargs, "maxsplit")) {
        Some(v) => want_int(it, v)?,
        None => -1,
    };
    pieces(args, split_impl(s, sep, maxsplit)?)
}

pub(crate) fn split_impl<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: i64,
) -> PyResult<Vec<&'a str>> {
    // No limit when negative; one past usize::MAX is no limit either.
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    match sep {
        Some("") => Err(PyErr::value_error("empty separator")),
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest = s;
            while out.len() < max {
                match rest.find(sep) {
                    Some(p) => {
                        fallible::push(&mut out, &rest[..p])?;
                        rest = &rest[p + sep.len()..];
                    }
                    None => break,
                }
            }
            fallible::push(&mut out, rest)?;
            Ok(out)
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if out.len() >= max {
                    fallible::push(&mut out, rest)?;
                    return Ok(out);
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                fallible::push(&mut out, &rest[..end])?;
                rest = rest[end..].trim_start();
            }
            Ok(out)
        }
    }
}

fn rsplit(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let sep = opt_str(args.get(1).or_else(|| kwarg(kwargs, "sep")), "")?;
    let maxsplit = match args.get(2).or_else(|| kwarg(kwargs, "maxsplit")) {
        Some(v) => want_int(it, v)?,
        None => -1,
    };
    // No limit when negative; one past usize::MAX is no limit either.
    let max = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(PyErr::value_error("empty separator")),
        Some(sep) => {
            let mut rest = s;
            while out.len() < max {
                match rest.rfind(sep) {
                    Some(p) => {
                        out.push(&rest[p + sep.len()..]);
                        rest = &rest[..p];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if out.len() >= max {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|p| p + rest[p..].chars().next().map_or(1, |c| c.len_utf8()))
                    .unwrap_or(0);
                out.push(&rest[start..]);
                rest = rest[..start].trim_end();
            }
        }
    }
    out.reverse();
    pieces(args, out)
}

fn join(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let sep = self_str(args);
    let items = it.collect(&args[1])?;
    // The whole length first: one allocation, MemoryError when refused.
    let mut size = fallible::total(sep.len(), items.len().saturating_sub(1))?;
    for v in &items {
        match v {
            Value::Str(s) => size = fallible::sum(size, s.s.len())?,
            Value::Instance(inst) => {
                if let Some(Value::Str(s)) = inst.base_value() {
                    size = fallible::sum(size, s.s.len())?;
                }
            }
            _ => {}
        }
    }
    let mut out = fallible::string_with_capacity(size)?;
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match v {
            Value::Str(s) => out.push_str(&s.s),
            Value::Instance(inst) if matches!(inst.base_value(), Some(Value::Str(_))) => {
                if let Some(Value::Str(s)) = inst.base_value() {
                    out.push_str(&s.s);
                }
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    other.type_name()
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn strip_chars(args: &[Value], name: &str) -> PyResult<Option<Vec<char>>> {
    Ok(opt_str(args.get(1), &format!("{} arg ", name))
        .map_err(|_| PyErr::type_error(format!("{} arg must be None or str", name)))?
        .map(|s| s.chars().collect()))
}

fn strip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(args, "strip")?;
    let s = self_str(args);
    part_of(
        args,
        match &chars {
            Some(cs) => s.trim_matches(|c| cs.contains(&c)),
            None => s.trim(),
        },
    )
}

fn lstrip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(args, "lstrip")?;
    let s = self_str(args);
    part_of(
        args,
        match &chars {
            Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
            None => s.trim_start(),
        },
    )
}

fn rstrip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(args, "rstrip")?;
    let s = self_str(args);
    part_of(
        args,
        match &chars {
            Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
            None => s.trim_end(),
        },
    )
}

/// `s.replace(old, new, count)` (every match when `count` is negative),
/// sized before it is built: MemoryError when it does not fit.
fn replaced(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let n = if old.is_empty() {
        // Before every character, and at the end.
        (s.chars().count() + 1).min(limit)
    } else {
        s.matches(old).take(limit).count()
    };
    let len = fallible::sum(s.len() - n * old.len(), fallible::total(new.len(), n)?)?;
    let mut out = fallible::string_with_capacity(len)?;
    if old.is_empty() {
        let mut left = n;
        for c in s.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
    } else {
        let mut at = 0;
        for (i, _) in s.match_indices(old).take(n) {
            out.push_str(&s[at..i]);
            out.push_str(new);
            at = i + old.len();
        }
        out.push_str(&s[at..]);
    }
    Ok(out)
}

fn replace(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let old = arg_str(&args[1], "replace() argument 1 ")?;
    let new = arg_str(&args[2], "replace() argument 2 ")?;
    let count = match args.get(3) {
        Some(v) => want_int(it, v)?,
        None => -1,
    };
    Ok(Value::string(replaced(s, old, new, count)?))
}

/// Resolve optional start/end arguments to a byte range of `s`.
fn char_range(
    it: &mut Interp,
    s: &str,
    nchars: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize, usize)>> {
    let mut get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => want_int(it, v).map_err(|_| {
                PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let n = int_from_len(nchars);
    let clamp = |i: i64| -> usize {
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        usize::try_from(i).expect("0 <= i <= nchars")
    };
    let a = clamp(get(start, 0)?);
    let b = clamp(get(end, n)?);
    if a > b {
        return Ok(None);
    }
    Ok(Some((byte_at(s, a), byte_at(s, b), a)))
}

fn byte_at(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
}

fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn find_impl(it: &mut Interp, args: &[Value], _name: &str, reverse: bool) -> PyResult<i64> {
    let Value::Str(me) = &args[0] else {
        return Ok(-1);
    };
    let s = me.as_str();
    let sub = arg_str(&args[1], "")?;
    let Some((a, b, _)) = char_range(it, s, me.nchars, args.get(2), args.get(3))? else {
        return Ok(-1);
    };
    let hay = &s[a..b];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match found {
        Some(p) => int_from_len(char_index(s, a + p)),
        None => -1,
    })
}

fn find(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(it, args, "find", false)?))
}

fn rfind(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(it, args, "rfind", true)?))
}

fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match find_impl(it, args, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match find_impl(it, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Str(me) = &args[0] else {
        return Ok(Value::Int(0));
    };
    let s = me.as_str();
    let sub = arg_str(&args[1], "")?;
    let Some((a, b, ca)) = char_range(it, s, me.nchars, args.get(2), args.get(3))? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[a..b];
    if sub.is_empty() {
        let n = char_index(s, b) - ca;
        return Ok(Value::Int(int_from_len(n) + 1));
    }
    Ok(Value::Int(int_from_len(hay.matches(sub).count())))
}

fn affix(it: &mut Interp, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let Value::Str(me) = &args[0] else {
        return Ok(Value::Bool(false));
    };
    let s = me.as_str();
    let Some((a, b, _)) = char_range(it, s, me.nchars, args.get(2), args.get(3))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s[a..b];
    let test = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            other.type_name()
        ))),
    }
}

fn startswith(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    affix(it, args, "startswith", false)
}

fn endswith(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    affix(it, args, "endswith", true)
}

/// `f` of the receiver, a result about its size that `f` builds
/// infallibly: room for it is tried first.
fn map_str(args: &[Value], _name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(args);
    fallible::probe(s.len())?;
    Ok(Value::string(f(s)))
}

fn upper(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "upper", |s| s.to_uppercase())
}

fn lower(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "lower", |s| s.to_lowercase())
}

fn casefold(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "casefold", |s| s.to_lowercase().replace('ß', "ss"))
}

/// Title case of one character: the first of its uppercase mapping, the
/// rest lowered (`ß` -> `Ss`), as Unicode's titlecase mapping gives for
/// the common letters.
fn push_title(out: &mut String, c: char) {
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

fn title(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                push_title(&mut out, c);
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

fn capitalize(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(first) => {
                let mut out = String::with_capacity(s.len());
                push_title(&mut out, first);
                out.push_str(&cs.as_str().to_lowercase());
                out
            }
            None => String::new(),
        }
    })
}

fn swapcase(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    map_str(args, "swapcase", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn pred(args: &[Value], _name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(f(self_str(args))))
}

fn nonempty_all(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// Starts of the runs of ten decimal digits (Unicode category Nd).
const DECIMAL_RUNS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x11C50, 0x11D50, 0x16A60, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E950, 0x1FBF0,
];

pub(crate) fn is_decimal_char(c: char) -> bool {
    let n = c as u32;
    DECIMAL_RUNS.iter().any(|&s| n >= s && n < s + 10)
}

/// Digits that are not decimal: superscripts, circled and similar (Numeric_Type=Digit).
fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x1369..=0x1371 | 0x19DA)
}

fn isdigit(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isdigit", |s| nonempty_all(s, is_digit_char))
}

fn isdecimal(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isdecimal", |s| nonempty_all(s, is_decimal_char))
}

fn isnumeric(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isnumeric", |s| nonempty_all(s, char::is_numeric))
}

fn isalpha(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isalpha", |s| nonempty_all(s, char::is_alphabetic))
}

fn isalnum(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isalnum", |s| nonempty_all(s, char::is_alphanumeric))
}

fn isspace(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isspace", |s| {
        nonempty_all(s, |c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
    })
}

fn isupper(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isupper", |s| {
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())
    })
}

fn islower(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "islower", |s| {
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())
    })
}

fn istitle(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

fn isidentifier(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isidentifier", is_identifier)
}

fn isascii(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isascii", |s| s.is_ascii())
}

fn isprintable(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pred(args, "isprintable", |s| {
        s.chars().all(crate::interp::repr::is_printable)
    })
}

fn pad_args(it: &mut Interp, args: &[Value], _name: &str) -> PyResult<(usize, char)> {
    let width = count_from_int(want_int(it, &args[1])?);
    let fill = match args.get(2) {
        None => ' ',
        Some(Value::Str(s)) if s.nchars == 1 => s.s.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
    };
    Ok((width, fill))
}

fn center(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (width, fill) = pad_args(it, args, "center")?;
    let Value::Str(me) = &args[0] else {
        return Ok(Value::None);
    };
    let n = me.nchars;
    if width <= n {
        return Ok(args[0].clone());
    }
    let total = width - n;
    // CPython puts the extra space on the left when the width is odd.
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    Ok(Value::string(fallible::padded(&me.s, fill, left, right)?))
}

fn ljust(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (width, fill) = pad_args(it, args, "ljust")?;
    let Value::Str(me) = &args[0] else {
        return Ok(Value::None);
    };
    let right = width.saturating_sub(me.nchars);
    Ok(Value::string(fallible::padded(&me.s, fill, 0, right)?))
}

fn rjust(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (width, fill) = pad_args(it, args, "rjust")?;
    let Value::Str(me) = &args[0] else {
        return Ok(Value::None);
    };
    let left = width.saturating_sub(me.nchars);
    Ok(Value::string(fallible::padded(&me.s, fill, left, 0)?))
}

fn zfill(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let width = count_from_int(want_int(it, &args[1])?);
    let Value::Str(me) = &args[0] else {
        return Ok(Value::None);
    };
    let s = me.as_str();
    if width <= me.nchars {
        return Ok(args[0].clone());
    }
    let pad = width - me.nchars;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = fallible::padded(rest, '0', pad, 0)?;
    if let Some(c) = sign {
        out.insert(0, c);
    }
    Ok(Value::string(out))
}

fn partition_impl(args: &[Value], _name: &str, reverse: bool) -> PyResult<Value> {
    let s = self_str(args);
    let sep = arg_str(&args[1], "")?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(p) => [&s[..p], sep, &s[p + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    let parts = parts
        .iter()
        .map(|p| part_of(args, p))
        .collect::<PyResult<Vec<Value>>>()?;
    Ok(Value::tuple(parts))
}

fn partition(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}

fn rpartition(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn splitlines(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let keep = match args.get(1).or_else(|| kwarg(kwargs, "keepends")) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let s = self_str(args);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((b, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
                end += 1;
            }
            let line = if keep { &s[start..end] } else { &s[start..b] };
            fallible::push(&mut out, line.to_string())?;
            start = end;
        }
    }
    if start < s.len() {
        fallible::push(&mut out, s[start..].to_string())?;
    }
    Ok(strs(out))
}

fn format(it: &mut Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::string(it.str_format(
        self_str(args),
        &args[1..],
        kwargs,
    )?))
}

/// `s.format_map(mapping)`: `format(**mapping)` with the mapping's items.
fn format_map(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let fmt = self_str(args);
    let d = match &args[1] {
        Value::Dict(d) => d.clone(),
        Value::Instance(i) => match i.base_value() {
            Some(Value::Dict(d)) => d,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not subscriptable",
                    args[1].type_name()
                )))
            }
        },
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            )))
        }
    };
    let mut kwargs: Vec<(pyslot_grammar::ast::Name, Value)> = Vec::new();
    for (k, v) in d.items() {
        if let Value::Str(s) = k {
            kwargs.push((Rc::from(s.as_str()), v));
        }
    }
    Ok(Value::string(it.str_format(fmt, &[], &kwargs)?))
}

/// `str.maketrans(x[, y[, z]])`: the table `translate` reads.
fn maketrans(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let out = crate::runtime::dict::PyDict::new();
    let ord = |c: char| Value::Int(c as i64);
    match args {
        [Value::Dict(d)] => {
            for (k, v) in d.items() {
                let key = match &k {
                    Value::Int(_) => k.clone(),
                    Value::Str(s) if s.nchars == 1 => ord(s.char_at(0)),
                    Value::Str(_) => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "keys in translate table must be strings or integers, not {}",
                            other.type_name()
                        )))
                    }
                };
                it.dict_set(&out, key, v)?;
            }
        }
        [_] => {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.nchars != y.nchars {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                it.dict_set(&out, ord(a), ord(b))?;
            }
            if let Some(z) = rest.first() {
                let Value::Str(z) = z else {
                    return Err(PyErr::type_error("maketrans() argument 3 must be str"));
                };
                for c in z.as_str().chars() {
                    it.dict_set(&out, ord(c), Value::None)?;
                }
            }
        }
        [_, _, ..] => {
            return Err(PyErr::type_error("maketrans() argument 1 must be str"));
        }
        [] => {
            return Err(PyErr::type_error(
                "maketrans() takes at least 1 argument (0 given)",
            ))
        }
    }
    Ok(Value::new_dict(out))
}

/// `s.translate(table)`: each character looked up by its code point; None
/// deletes it, an int or str replaces it, a missing key keeps it.
fn translate(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let table = &args[1];
    let mut out = fallible::string_with_capacity(s.len())?;
    for c in s.chars() {
        match it.getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(r) => fallible::push_str(&mut out, r.encode_utf8(&mut [0; 4]))?,
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Ok(Value::Str(r)) => fallible::push_str(&mut out, r.as_str())?,
            Ok(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(e) if e.is(crate::runtime::exception::ExcKind::LookupError) => {
                fallible::push_str(&mut out, c.encode_utf8(&mut [0; 4]))?
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn removeprefix(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let p = arg_str(&args[1], "removeprefix() argument ")?;
    part_of(args, s.strip_prefix(p).unwrap_or(s))
}

fn removesuffix(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = self_str(args);
    let p = arg_str(&args[1], "removesuffix() argument ")?;
    part_of(args, s.strip_suffix(p).unwrap_or(s))
}

/// `expandtabs`' tab size: a C int, as in CPython.
pub(crate) fn tab_size(it: &mut Interp, args: &[Value]) -> PyResult<usize> {
    match args.get(1) {
        Some(v) => Ok(usize::try_from(super::want_c_int(it, v)?).unwrap_or(0)),
        None => Ok(8),
    }
}

fn expandtabs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let size = tab_size(it, args)?;
    let s = self_str(args);
    if !s.contains('\t') {
        // Unchanged: the same object, as CPython's.
        return Ok(args[0].clone());
    }
    // Each character with the column after it: walked twice, to size the
    // result, then to write it.
    let expanded = || {
        let mut col = 0;
        s.chars().map(move |c| {
            let n = match c {
                '\t' if size > 0 => size - col % size,
                '\t' => 0,
                _ => 1,
            };
            col = if matches!(c, '\n' | '\r') { 0 } else { col + n };
            (c, n)
        })
    };
    let mut len = 0;
    for (c, n) in expanded() {
        len = fallible::sum(len, if c == '\t' { n } else { c.len_utf8() })?;
    }
    let mut out = fallible::string_with_capacity(len)?;
    for (c, n) in expanded() {
        if c == '\t' {
            out.extend(std::iter::repeat_n(' ', n));
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

/// `s.encode(encoding='utf-8', errors='strict')`.
fn encode(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let encoding = match args.get(1).or_else(|| super::kwarg(kw, "encoding")) {
        Some(e) => it.to_str(e)?,
        None => "utf-8".into(),
    };
    let errors = match args.get(2).or_else(|| super::kwarg(kw, "errors")) {
        Some(e) => it.to_str(e)?,
        None => "strict".into(),
    };
    let out = super::bytes_methods::encode_str(self_str(args), &encoding, &errors)?;
    Ok(Value::Bytes(Rc::new(out)))
}

fn dunder_len(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Str(s)) => Ok(Value::Int(int_from_len(s.nchars))),
        _ => Ok(Value::Int(0)),
    }
}

fn dunder_contains(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(it.contains(&args[0], &args[1])?))
}
