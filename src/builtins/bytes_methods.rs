//! `bytes`: the constructor, encoding and decoding (utf-8, ascii, latin-1)
//! with CPython's errors, and the methods a script uses on binary data.

use crate::runtime::fallible;
use std::rc::Rc;

use super::{def_method, kwarg};
use crate::interp::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::int::{count_from_int, int_from_len};
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let b = i.types.bytes.clone();
    super::constructors::set_wrapping_ctor(
        &b,
        "bytes",
        "(*args, **kwargs)",
        bytes_new,
        super::constructors::bytes_dunder_new,
    );
    i.builtins.set_str("bytes", Value::Class(b.clone()));
    let methods: [(
        &'static str,
        &'static str,
        crate::runtime::function::NativeFn,
    ); 32] = [
        ("decode", "(encoding='utf-8', errors='strict')", decode),
        ("hex", "(sep=<unrepresentable>, bytes_per_sep=1)", hex),
        ("count", "(sub[, start[, end]])", count),
        ("find", "(sub[, start[, end]])", find),
        ("rfind", "(sub[, start[, end]])", rfind),
        ("index", "(sub[, start[, end]])", index),
        ("rindex", "(sub[, start[, end]])", rindex),
        ("startswith", "(prefix[, start[, end]])", startswith),
        ("endswith", "(suffix[, start[, end]])", endswith),
        ("replace", "(old, new, count=-1, /)", replace),
        ("split", "(sep=None, maxsplit=-1)", split),
        ("join", "(iterable_of_bytes, /)", join),
        ("strip", "(bytes=None, /)", strip),
        ("lstrip", "(bytes=None, /)", lstrip),
        ("rstrip", "(bytes=None, /)", rstrip),
        ("upper", "()", upper),
        ("lower", "()", lower),
        ("swapcase", "()", swapcase),
        ("capitalize", "()", capitalize),
        ("isdigit", "()", isdigit),
        ("isalpha", "()", isalpha),
        ("isalnum", "()", isalnum),
        ("isspace", "()", isspace),
        ("isupper", "()", isupper),
        ("islower", "()", islower),
        ("isascii", "()", isascii),
        ("partition", "(sep, /)", partition),
        ("removeprefix", "(prefix, /)", removeprefix),
        ("removesuffix", "(suffix, /)", removesuffix),
        ("ljust", "(width, fillchar=b' ', /)", ljust),
        ("rjust", "(width, fillchar=b' ', /)", rjust),
        ("zfill", "(width, /)", zfill),
    ];
    for (name, sig, f) in methods {
        def_method(&b, name, sig, f);
    }
    let more: [(
        &'static str,
        &'static str,
        crate::runtime::function::NativeFn,
    ); 8] = [
        ("rpartition", "(sep, /)", rpartition),
        ("center", "(width, fillchar=b' ', /)", center),
        ("title", "()", title),
        ("istitle", "()", istitle),
        ("splitlines", "(keepends=False)", splitlines),
        ("rsplit", "(sep=None, maxsplit=-1)", rsplit),
        ("expandtabs", "(tabsize=8)", expandtabs),
        ("translate", "(table, /, delete=b'')", translate),
    ];
    for (name, sig, f) in more {
        def_method(&b, name, sig, f);
    }
    super::def_static(&b, "maketrans", "maketrans", "(frm, to, /)", maketrans);
    super::def_classmethod(&b, "fromhex", "(string, /)", fromhex);
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

/// The receiver's bytes.
fn me(args: &[Value]) -> PyResult<&[u8]> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(PyErr::type_error("descriptor requires a 'bytes' object")),
    }
}

/// A bytes-like argument.
fn arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => Err(PyErr::type_error(format!(
            "{what}a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
    }
}

/// `bytes()`, `bytes(n)`, `bytes(iterable of ints)`, `bytes(s, encoding)`.
pub(crate) fn bytes_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    // Absent and None differ here, so the keywords come as they are.
    for (k, _) in kw {
        if !matches!(&**k, "source" | "encoding" | "errors") {
            return Err(crate::runtime::signature::invalid_keyword(k, "bytes"));
        }
    }
    let source = args.first().or_else(|| kwarg(kw, "source"));
    let encoding = args.get(1).or_else(|| kwarg(kw, "encoding"));
    let errors = args.get(2).or_else(|| kwarg(kw, "errors"));
    match (source, encoding) {
        (None, None) => Ok(bytes(Vec::new())),
        (Some(Value::Str(s)), Some(enc)) => {
            let enc = it.to_str(enc)?;
            let errors = match errors {
                Some(e) => it.to_str(e)?,
                None => "strict".into(),
            };
            encode_str(s.as_str(), &enc, &errors).map(bytes)
        }
        (Some(Value::Str(_)), None) => {
            Err(PyErr::type_error("string argument without an encoding"))
        }
        (Some(_), Some(_)) => Err(PyErr::type_error("encoding without a string argument")),
        (Some(Value::Bytes(b)), None) => Ok(Value::Bytes(b.clone())),
        (Some(Value::Int(n)), None) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            Ok(bytes(fallible::zeroed(count_from_int(*n))?))
        }
        (Some(Value::BigInt(_)), None) => Err(PyErr::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
        // A buffer (an `array.array`): its bytes as they are.
        // (The guard looks, the arm copies: the buffer is copied once.)
        (Some(v @ Value::Instance(i)), None) if i.packed().is_some() => Ok(bytes(
            v.with_bytes(fallible::copied).unwrap_or(Ok(Vec::new()))?,
        )),
        (Some(v @ Value::Instance(_)), None) if it.special_method(v, "__bytes__").is_some() => {
            // An object that says which bytes it is (pathlib's paths).
            match it.call_special(v, "__bytes__", Vec::new()) {
                Some(Ok(b @ Value::Bytes(_))) => Ok(b),
                Some(Ok(other)) => Err(PyErr::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    other.type_name()
                ))),
                Some(Err(e)) => Err(e),
                None => Ok(bytes(Vec::new())),
            }
        }
        (Some(v), None) => {
            // Item by item: an `__index__` may change the iterable.
            let mut out = Vec::new();
            let items = it.get_iter(v)?;
            while let Some(item) = it.next(&items)? {
                let n = match item {
                    Value::Int(n) => n,
                    Value::Bool(b) => i64::from(b),
                    Value::BigInt(_) => i64::MAX,
                    ref inst @ Value::Instance(ref i)
                        if i.class().lookup("__index__").is_some() =>
                    {
                        it.to_index(inst)?
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let Ok(byte) = u8::try_from(n) else {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                };
                fallible::push(&mut out, byte)?;
            }
            Ok(bytes(out))
        }
        (None, Some(_)) => Err(PyErr::type_error("encoding without a string argument")),
    }
}

/// Python's name for an encoding, or None when pyslot does not have it.
fn codec(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase().replace(['-', '_'], "");
    Some(match n.as_str() {
        "utf8" | "u8" | "utf" => "utf-8",
        "ascii" | "usascii" => "ascii",
        "latin1" | "latin" | "iso88591" | "l1" => "latin-1",
        _ => return None,
    })
}

fn unknown_encoding(name: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    let limit = match codec {
        "utf-8" => return fallible::copied(s.as_bytes()),
        "ascii" => 128u32,
        _ => 256,
    };
    // A byte a character at most.
    let mut out = fallible::vec_with_capacity(s.len())?;
    for (pos, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                        if codec == "ascii" { "ascii" } else { "latin-1" },
                        char_escape(c),
                        pos,
                        limit
                    ),
                ))
            }
        }
    }
    Ok(out)
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `b.decode(encoding='utf-8', errors='strict')`.
pub(crate) fn decode(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let encoding = match args.get(1).or_else(|| kwarg(kw, "encoding")) {
        Some(e) => it.to_str(e)?,
        None => "utf-8".into(),
    };
    let errors = match args.get(2).or_else(|| kwarg(kw, "errors")) {
        Some(e) => it.to_str(e)?,
        None => "strict".into(),
    };
    let codec = codec(&encoding).ok_or_else(|| unknown_encoding(&encoding))?;
    // Bytes past ASCII take two bytes of UTF-8 (latin-1) or three (the
    // replacement character): the text is sized for them first.
    let wide = b.iter().filter(|x| !x.is_ascii()).count();
    let text = match codec {
        "latin-1" => {
            let mut s = fallible::string_with_capacity(fallible::sum(b.len(), wide)?)?;
            s.extend(b.iter().map(|&x| char::from(x)));
            s
        }
        "ascii" => {
            let mut s =
                fallible::string_with_capacity(fallible::sum(b.len(), fallible::total(2, wide)?)?)?;
            for (pos, &x) in b.iter().enumerate() {
                if x < 128 {
                    s.push(x as char);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => s.push('\u{fffd}'),
                        _ => {
                            return Err(PyErr::new(
                                ExcKind::UnicodeDecodeError,
                                format!(
                                    "'ascii' codec can't decode byte 0x{x:02x} in position {pos}: ordinal not in range(128)"
                                ),
                            ))
                        }
                    }
                }
            }
            s
        }
        _ => {
            match std::str::from_utf8(b) {
                Ok(s) => fallible::copied_str(s)?,
                Err(e) => match errors.as_str() {
                    "replace" => {
                        fallible::probe(fallible::sum(b.len(), fallible::total(2, wide)?)?)?;
                        String::from_utf8_lossy(b).into_owned()
                    }
                    "ignore" => String::from_utf8_lossy(b).replace('\u{fffd}', ""),
                    _ => {
                        let pos = e.valid_up_to();
                        let byte = b.get(pos).copied().unwrap_or(0);
                        let why = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if matches!(byte, 0x80..=0xC1 | 0xF5..=0xFF) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        return Err(PyErr::new(
                        ExcKind::UnicodeDecodeError,
                        format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {why}"),
                    ));
                    }
                },
            }
        }
    };
    Ok(Value::string(text))
}

/// `bytes.hex(sep=..., bytes_per_sep=1)`.
pub(crate) fn hex(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let sep = match args.get(1) {
        // None is how an absent `sep` reaches here when `bytes_per_sep`
        // is given by keyword.
        Some(Value::None) | None => None,
        Some(v) => Some(hex_sep(it, v)?),
    };
    let per = match args.get(2) {
        Some(v) => super::want_c_int(it, v)?,
        None => 1,
    };
    Ok(Value::string(hex_text(b, sep, per)?))
}

/// The separator of `hex(sep)`: one ASCII character, from a str or bytes.
fn hex_sep(it: &mut Interp, v: &Value) -> PyResult<char> {
    let (len, c) = match v {
        Value::Str(s) => (s.nchars, s.as_str().chars().next()),
        Value::Bytes(b) => (b.len(), b.first().map(|&x| char::from(x))),
        Value::ByteArray(b) => {
            let b = b.borrow();
            (b.len(), b.first().map(|&x| char::from(x)))
        }
        other => {
            // CPython asks for a length first ("object of type 'int' has
            // no len()").
            if it.len(other)? != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            return Err(PyErr::type_error("sep must be str or bytes."));
        }
    };
    match c {
        Some(c) if len == 1 && c.is_ascii() => Ok(c),
        Some(_) if len == 1 => Err(PyErr::value_error("sep must be ASCII.")),
        _ => Err(PyErr::value_error("sep must be length 1.")),
    }
}

/// Two hex digits a byte, with `sep` between groups of `per` bytes
/// counted from the right (from the left when `per` is negative), as
/// CPython's `_Py_strhex`. Sized first: MemoryError when there is no room.
pub(crate) fn hex_text(b: &[u8], sep: Option<char>, per: i32) -> PyResult<String> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    // No separators without one, or when a group holds every byte.
    let sep = sep.filter(|_| group != 0 && group < b.len());
    let seps = if sep.is_some() {
        (b.len() - 1) / group
    } else {
        0
    };
    let mut out =
        fallible::string_with_capacity(fallible::sum(fallible::total(2, b.len())?, seps)?)?;
    for (i, &x) in b.iter().enumerate() {
        if let Some(sep) = sep {
            let boundary = if per > 0 { b.len() - i } else { i };
            if i > 0 && boundary % group == 0 {
                out.push(sep);
            }
        }
        out.push(char::from(DIGITS[usize::from(x >> 4)]));
        out.push(char::from(DIGITS[usize::from(x & 0xf)]));
    }
    Ok(out)
}

pub(crate) fn fromhex(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // A class method: the class first.
    let text = match args.last() {
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str, not {}",
                super::arg_type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "fromhex() takes exactly one argument (0 given)",
            ))
        }
    };
    let bad = |pos: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    // As CPython reads it: ASCII only; spaces between the bytes, not
    // inside one. A byte for two characters at most.
    if let Some(i) = text.chars().position(|c| !c.is_ascii()) {
        return Err(bad(i));
    }
    let digit = |c: u8| char::from(c).to_digit(16);
    let text = text.as_bytes();
    let mut out = fallible::vec_with_capacity(text.len() / 2)?;
    let mut i = 0;
    while i < text.len() {
        if matches!(text[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
            i += 1;
            continue;
        }
        let hi = digit(text[i]).ok_or_else(|| bad(i))?;
        let lo = text
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push(u8::try_from(hi * 16 + lo).expect("two hex digits"));
        i += 2;
    }
    Ok(bytes(out))
}

/// Where `needle` starts in `hay[from..]`, searching from the left.
fn find_at(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The needle of find/count/index: bytes, or one byte as an int.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(n) => u8::try_from(*n)
            .map(|b| vec![b])
            .map_err(|_| PyErr::value_error("byte must be in range(0, 256)")),
        other => Ok(arg(
            other,
            "argument should be integer or bytes-like object, not ",
        )
        .map_err(|_| {
            PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            ))
        })?
        .to_vec()),
    }
}

/// The `[start, end]` arguments of find/count/index/startswith at `args[k]`,
/// `args[k + 1]` as slice bounds (None, negative from the end, clamped):
/// the range, or None when start is past the end (or past the length).
fn bounds(
    it: &mut Interp,
    args: &[Value],
    k: usize,
    len: usize,
) -> PyResult<Option<(usize, usize)>> {
    let mut at = |i: usize, default: usize| -> PyResult<(usize, bool)> {
        match args.get(i) {
            None | Some(Value::None) => Ok((default, false)),
            Some(v) => {
                let n = super::want_int(it, v)?;
                let len_i = i64::try_from(len).unwrap_or(i64::MAX);
                let n = if n < 0 { (n + len_i).max(0) } else { n };
                let past = n > len_i;
                Ok((usize::try_from(n.min(len_i)).unwrap_or(len), past))
            }
        }
    };
    let (start, past) = at(k, 0)?;
    let (end, _) = at(k + 1, len)?;
    Ok((!past && start <= end).then_some((start, end)))
}

pub(crate) fn count(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (b, n) = (me(args)?, needle(&args[1])?);
    let Some((start, end)) = bounds(it, args, 2, b.len())? else {
        return Ok(Value::Int(0));
    };
    let b = &b[start..end];
    if n.is_empty() {
        return Ok(Value::Int(int_from_len(b.len()) + 1));
    }
    let mut k = 0;
    let mut at = 0;
    while let Some(i) = find_at(b, &n, at) {
        k += 1;
        at = i + n.len();
    }
    Ok(Value::Int(k))
}

/// Where find/index finds the needle (`last`: rfind/rindex), if anywhere.
fn find_in(it: &mut Interp, args: &[Value], last: bool) -> PyResult<Option<usize>> {
    let (b, n) = (me(args)?, needle(&args[1])?);
    let Some((start, end)) = bounds(it, args, 2, b.len())? else {
        return Ok(None);
    };
    let hay = &b[start..end];
    let found = if last {
        rfind_in(hay, &n)
    } else {
        find_at(hay, &n, 0)
    };
    Ok(found.map(|i| i + start))
}

pub(crate) fn find(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        find_in(it, args, false)?.map_or(-1, int_from_len),
    ))
}

pub(crate) fn rfind(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        find_in(it, args, true)?.map_or(-1, int_from_len),
    ))
}

pub(crate) fn index(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    find_in(it, args, false)?
        .map(|i| Value::Int(int_from_len(i)))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

pub(crate) fn rindex(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    find_in(it, args, true)?
        .map(|i| Value::Int(int_from_len(i)))
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

/// The prefixes (or suffixes) of startswith/endswith: bytes or a tuple.
fn affixes(v: &Value, name: &str) -> PyResult<Vec<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(vec![b.to_vec()]),
        Value::Tuple(t) => t
            .items
            .iter()
            .map(|x| affixes(x, name).map(|mut v| v.remove(0)))
            .collect(),
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            other.type_name()
        ))),
    }
}

pub(crate) fn startswith(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let prefixes = affixes(&args[1], "startswith")?;
    let Some((start, end)) = bounds(it, args, 2, b.len())? else {
        return Ok(Value::Bool(false));
    };
    let b = &b[start..end];
    Ok(Value::Bool(prefixes.iter().any(|p| b.starts_with(p))))
}

pub(crate) fn endswith(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let suffixes = affixes(&args[1], "endswith")?;
    let Some((start, end)) = bounds(it, args, 2, b.len())? else {
        return Ok(Value::Bool(false));
    };
    let b = &b[start..end];
    Ok(Value::Bool(suffixes.iter().any(|p| b.ends_with(p))))
}

/// The length of `b.replace(old, new, limit)`, or MemoryError when that
/// overflows.
fn replaced_len(b: &[u8], old: &[u8], new: &[u8], limit: i64) -> PyResult<usize> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let found = if old.is_empty() {
        b.len() + 1
    } else {
        let mut n = 0;
        let mut at = 0;
        while n < limit {
            let Some(i) = find_at(b, old, at) else { break };
            n += 1;
            at = i + old.len();
        }
        n
    };
    let n = found.min(limit);
    fallible::sum(b.len() - n * old.len(), fallible::total(new.len(), n)?)
}

pub(crate) fn replace(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let (old, new) = (arg(&args[1], "")?, arg(&args[2], "")?);
    let mut limit = match args.get(3) {
        Some(v) => super::want_int(it, v)?,
        None => -1,
    };
    let mut out = fallible::vec_with_capacity(replaced_len(b, old, new, limit)?)?;
    let mut at = 0;
    while limit != 0 {
        let Some(i) = find_at(b, old, at) else { break };
        out.extend_from_slice(&b[at..i]);
        out.extend_from_slice(new);
        if old.is_empty() {
            if i < b.len() {
                out.push(b[i]);
            }
            at = i + 1;
            if at > b.len() {
                break;
            }
        } else {
            at = i + old.len();
        }
        limit -= 1;
    }
    if at <= b.len() {
        out.extend_from_slice(&b[at..]);
    }
    Ok(bytes(out))
}

pub(crate) fn split(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let sep = args
        .get(1)
        .or_else(|| kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let maxsplit = match args.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => super::want_int(it, v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut rest = b;
            loop {
                let start = rest.iter().position(|c| !c.is_ascii_whitespace());
                let Some(start) = start else { break };
                rest = &rest[start..];
                if maxsplit >= 0 && int_from_len(parts.len()) == maxsplit {
                    fallible::push(&mut parts, fallible::copied(rest)?)?;
                    break;
                }
                let end = rest
                    .iter()
                    .position(|c| c.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                fallible::push(&mut parts, fallible::copied(&rest[..end])?)?;
                rest = &rest[end..];
            }
        }
        Some(s) => {
            let s = arg(s, "")?;
            if s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let mut at = 0;
            while maxsplit < 0 || int_from_len(parts.len()) < maxsplit {
                let Some(i) = find_at(b, s, at) else { break };
                fallible::push(&mut parts, fallible::copied(&b[at..i])?)?;
                at = i + s.len();
            }
            fallible::push(&mut parts, fallible::copied(&b[at..])?)?;
        }
    }
    Ok(Value::list(parts.into_iter().map(bytes).collect()))
}

pub(crate) fn join(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let sep = me(args)?.to_vec();
    let items = it.collect(&args[1])?;
    // The whole length first: one allocation, MemoryError when refused.
    let mut size = fallible::total(sep.len(), items.len().saturating_sub(1))?;
    for item in &items {
        if let Some(n) = item.with_bytes(<[u8]>::len) {
            size = fallible::sum(size, n)?;
        }
    }
    let mut out = fallible::vec_with_capacity(size)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match item {
            Value::Bytes(b) => out.extend_from_slice(b),
            Value::ByteArray(b) => out.extend_from_slice(&b.borrow()),
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    other.type_name()
                )))
            }
        }
    }
    Ok(bytes(out))
}

fn strip_set(args: &[Value]) -> PyResult<Option<Vec<u8>>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(arg(v, "")?.to_vec())),
    }
}

fn stripped(args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = me(args)?;
    let set = strip_set(args)?;
    let drop = |c: &u8| match &set {
        Some(s) => s.contains(c),
        None => c.is_ascii_whitespace(),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && drop(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && drop(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(bytes(fallible::copied(&b[s..e])?))
}

pub(crate) fn strip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    stripped(args, true, true)
}
pub(crate) fn lstrip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    stripped(args, true, false)
}
pub(crate) fn rstrip(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    stripped(args, false, true)
}

/// Each byte mapped by `f` (given its position too), in a copy had
/// fallibly.
fn mapped(args: &[Value], _name: &str, mut f: impl FnMut(usize, u8) -> u8) -> PyResult<Value> {
    let mut out = fallible::copied(me(args)?)?;
    for (i, c) in out.iter_mut().enumerate() {
        *c = f(i, *c);
    }
    Ok(bytes(out))
}

pub(crate) fn upper(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    mapped(args, "upper", |_, c| c.to_ascii_uppercase())
}
pub(crate) fn lower(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    mapped(args, "lower", |_, c| c.to_ascii_lowercase())
}
pub(crate) fn swapcase(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    mapped(args, "swapcase", |_, c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
}
pub(crate) fn capitalize(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    mapped(args, "capitalize", |i, c| {
        if i == 0 {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        }
    })
}

fn test(args: &[Value], _name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(f(me(args)?)))
}

pub(crate) fn isdigit(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}
pub(crate) fn isalpha(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}
pub(crate) fn isalnum(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}
pub(crate) fn isspace(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isspace", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_whitespace)
    })
}
pub(crate) fn isupper(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
pub(crate) fn islower(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
pub(crate) fn isascii(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    test(args, "isascii", |b| b.is_ascii())
}

pub(crate) fn partition(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (b, sep) = (me(args)?, arg(&args[1], "")?);
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(Value::tuple(match find_at(b, sep, 0) {
        Some(i) => vec![
            bytes(fallible::copied(&b[..i])?),
            bytes(sep.to_vec()),
            bytes(fallible::copied(&b[i + sep.len()..])?),
        ],
        None => vec![
            bytes(fallible::copied(b)?),
            bytes(Vec::new()),
            bytes(Vec::new()),
        ],
    }))
}

pub(crate) fn removeprefix(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (b, p) = (me(args)?, arg(&args[1], "")?);
    Ok(bytes(fallible::copied(b.strip_prefix(p).unwrap_or(b))?))
}

pub(crate) fn removesuffix(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (b, p) = (me(args)?, arg(&args[1], "")?);
    Ok(bytes(fallible::copied(b.strip_suffix(p).unwrap_or(b))?))
}

fn padded(it: &mut Interp, args: &[Value], name: &str, left: bool) -> PyResult<Value> {
    let b = me(args)?;
    let width = count_from_int(super::want_int(it, &args[1])?);
    let fill = match args.get(2) {
        Some(Value::Bytes(f)) if f.len() == 1 => f[0],
        Some(_) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1"
            )))
        }
        None => b' ',
    };
    if b.len() >= width {
        // Unchanged: the same object, as CPython's.
        return Ok(args[0].clone());
    }
    let pad = width - b.len();
    Ok(bytes(if left {
        fallible::padded_bytes(b, fill, 0, pad)?
    } else {
        fallible::padded_bytes(b, fill, pad, 0)?
    }))
}

pub(crate) fn ljust(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    padded(it, args, "ljust", true)
}
pub(crate) fn rjust(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    padded(it, args, "rjust", false)
}

pub(crate) fn zfill(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let width = count_from_int(super::want_int(it, &args[1])?);
    if b.len() >= width {
        // Unchanged: the same object, as CPython's.
        return Ok(args[0].clone());
    }
    let (sign, digits) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, b),
    };
    let mut out = fallible::padded_bytes(digits, b'0', width - b.len(), 0)?;
    if let Some(c) = sign {
        out.insert(0, c);
    }
    Ok(bytes(out))
}

pub(crate) fn rpartition(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (b, sep) = (me(args)?, arg(&args[1], "")?);
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(Value::tuple(match rfind_in(b, sep) {
        Some(i) => vec![
            bytes(fallible::copied(&b[..i])?),
            bytes(sep.to_vec()),
            bytes(fallible::copied(&b[i + sep.len()..])?),
        ],
        None => vec![
            bytes(Vec::new()),
            bytes(Vec::new()),
            bytes(fallible::copied(b)?),
        ],
    }))
}

pub(crate) fn center(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let width = count_from_int(super::want_int(it, &args[1])?);
    let fill = match args.get(2) {
        Some(Value::Bytes(f)) if f.len() == 1 => f[0],
        Some(_) => {
            return Err(PyErr::type_error(
                "center() argument 2 must be a byte string of length 1",
            ))
        }
        None => b' ',
    };
    if b.len() >= width {
        // Unchanged: the same object, as CPython's.
        return Ok(args[0].clone());
    }
    // CPython puts the odd extra space on the left when the width is odd.
    let total = width - b.len();
    let left = total / 2 + (total & width & 1);
    Ok(bytes(fallible::padded_bytes(b, fill, left, total - left)?))
}

pub(crate) fn title(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut prev_cased = false;
    mapped(args, "title", |_, c| {
        let r = if prev_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        };
        prev_cased = c.is_ascii_alphabetic();
        r
    })
}

pub(crate) fn istitle(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (mut prev_cased, mut any) = (false, false);
    for &c in me(args)? {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

pub(crate) fn splitlines(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let keep = match args.get(1).or_else(|| kwarg(kw, "keepends")) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end_len = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let stop = if keep { i + end_len } else { i };
        fallible::push(&mut lines, bytes(fallible::copied(&b[start..stop])?))?;
        i += end_len;
        start = i;
    }
    if start < b.len() {
        fallible::push(&mut lines, bytes(fallible::copied(&b[start..])?))?;
    }
    Ok(Value::list(lines))
}

pub(crate) fn rsplit(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let maxsplit = match args.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => super::want_int(it, v)?,
        None => -1,
    };
    if maxsplit < 0 {
        return split(it, args, kw);
    }
    // Split the reversed bytes with reversed separators, then turn back.
    let b: Vec<u8> = me(args)?.iter().rev().copied().collect();
    let sep = args
        .get(1)
        .or_else(|| kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let mut rev_args = vec![bytes(b)];
    rev_args.push(match sep {
        Some(s) => bytes(arg(s, "")?.iter().rev().copied().collect()),
        None => Value::None,
    });
    rev_args.push(Value::Int(maxsplit));
    let parts = split(it, &rev_args, &[])?;
    let Value::List(l) = parts else {
        return Ok(parts);
    };
    let mut out: Vec<Value> = l
        .items
        .borrow()
        .iter()
        .map(|p| match p {
            Value::Bytes(x) => bytes(x.iter().rev().copied().collect()),
            other => other.clone(),
        })
        .collect();
    out.reverse();
    Ok(Value::list(out))
}

pub(crate) fn expandtabs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let size = super::str_methods::tab_size(it, args)?;
    let mut out = Vec::new();
    let mut col = 0;
    for &c in me(args)? {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    fallible::reserve(&mut out, n)?;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bytes(out))
}

/// `bytes.maketrans(from, to)`: a 256-byte table for `translate`.
fn maketrans(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    };
    let (from, to) = (arg(a, "")?, arg(b, "")?);
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(bytes(table))
}

/// `b.translate(table, delete=b'')`.
pub(crate) fn translate(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = me(args)?;
    let table = match &args[1] {
        Value::None => None,
        v => {
            let t = arg(v, "")?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t.to_vec())
        }
    };
    let delete = match args.get(2) {
        Some(v) => arg(v, "")?.to_vec(),
        None => Vec::new(),
    };
    // At most as long as `b`: room had once, fallibly.
    let mut out = fallible::vec_with_capacity(b.len())?;
    out.extend(
        b.iter()
            .filter(|c| !delete.contains(c))
            .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)])),
    );
    Ok(bytes(out))
}
