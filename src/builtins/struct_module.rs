//! `_struct`: packing Python values into C structs laid out as bytes and
//! back, as CPython's `struct` on x86-64 Linux. A format is parsed into
//! a list of items (code, count, offset) with the struct's size; packing
//! and unpacking then walk that list. `struct.py` adds the `Struct` class.

use std::rc::Rc;

use super::array_type::{float_of, index_i128, want_bytes};
use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::int_from_len;
use crate::runtime::iter::{IterState, PyIter};
use crate::runtime::value::Value;

pub(crate) fn fill(it: &mut Interp, ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 7] = [
        ("pack", "(*args)", pack),
        ("pack_into", "(*args)", pack_into),
        ("unpack", "(format, buffer, /)|positional", unpack),
        ("unpack_from", "(format, /, buffer, offset=0)", unpack_from),
        ("iter_unpack", "(format, buffer, /)|positional", iter_unpack),
        ("calcsize", "(format, /)", calcsize),
        ("_clearcache", "()", clearcache),
    ];
    super::def_natives(ns, "_struct", &fns);
    // struct.error: a plain Exception subclass, made as `class error(Exception)`.
    let body = PyDict::new();
    body.set_str("__module__", Value::str("struct"));
    let exception = Value::Class(it.types.exc_class(ExcKind::Exception));
    let made = it.call(
        &Value::Class(it.types.type_.clone()),
        vec![
            Value::str("error"),
            Value::tuple(vec![exception]),
            Value::Dict(Rc::new(body)),
        ],
        Vec::new(),
    );
    if let Ok(class) = made {
        ns.set_str("error", class);
    }
}

/// A `struct.error` with this message (the class lives in `_struct`).
fn error(it: &mut Interp, msg: impl Into<String>) -> PyErr {
    let msg = Value::string(msg.into());
    let class = it
        .modules
        .get_str("_struct")
        .and_then(|m| it.getattr(&m, "error").ok());
    match class.map(|c| it.call(&c, vec![msg.clone()], Vec::new())) {
        Some(Ok(Value::Instance(inst))) => PyErr::from_instance(inst),
        Some(Err(e)) => e,
        _ => PyErr::with_args(ExcKind::Exception, vec![msg]),
    }
}

// ------------------------------------------------------------ formats

/// The byte order and layout a format's first character asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@` (the default): native order, sizes and alignment.
    Native,
    /// `<` and `=` (x86-64 is little-endian): standard sizes, no padding.
    Little,
    /// `>` and `!`: standard sizes, no padding.
    Big,
}

/// One item of a format: a code with its repeat count (for `s` and `p`,
/// the byte length) and the offset of its first value.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// How many values packing takes.
    nargs: usize,
}

/// A code's size and alignment, None for a code the order lacks.
fn code_size(order: Order, code: u8) -> Option<(usize, usize)> {
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if order != Order::Native => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if order == Order::Native => 8,
        _ => return None,
    };
    Some((size, if order == Order::Native { size } else { 1 }))
}

/// The text of a format argument (str or bytes).
fn format_text(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) => match s
            .as_str()
            .char_indices()
            .enumerate()
            .find(|(_, (_, c))| !c.is_ascii())
        {
            None => Ok(s.as_str().as_bytes().to_vec()),
            Some((pos, (_, c))) => {
                let code = u32::from(c);
                let shown = if code < 0x100 {
                    format!("\\x{code:02x}")
                } else if code < 0x10000 {
                    format!("\\u{code:04x}")
                } else {
                    format!("\\U{code:08x}")
                };
                Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'ascii' codec can't encode character '{shown}' in position {pos}: ordinal not in range(128)"
                    ),
                ))
            }
        },
        Value::Bytes(b) => Ok(b.to_vec()),
        other => Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        ))),
    }
}

fn parse(it: &mut Interp, format: &Value) -> PyResult<Layout> {
    let fmt = format_text(format)?;
    let (order, mut i) = match fmt.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'<' | b'=') => (Order::Little, 1),
        Some(b'>' | b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let too_long = |it: &mut Interp| error(it, "total struct size too long");
    let limit = usize::try_from(isize::MAX).unwrap_or(usize::MAX);
    let mut layout = Layout {
        order,
        items: Vec::new(),
        size: 0,
        nargs: 0,
    };
    while i < fmt.len() {
        let c = fmt[i];
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = 0;
            while let Some(d) = fmt.get(i).filter(|d| d.is_ascii_digit()) {
                count = match count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|n| *n <= limit)
                {
                    Some(n) => n,
                    None => return Err(too_long(it)),
                };
                i += 1;
            }
            if i == fmt.len() {
                return Err(error(it, "repeat count given without format specifier"));
            }
        }
        let code = fmt[i];
        i += 1;
        let Some((size, align)) = code_size(order, code) else {
            return Err(error(it, "bad char in struct format"));
        };
        let start = match layout.size.checked_next_multiple_of(align) {
            Some(s) => s,
            None => return Err(too_long(it)),
        };
        let bytes = if matches!(code, b's' | b'p') {
            Some(count)
        } else {
            count.checked_mul(size)
        };
        layout.size = match bytes
            .and_then(|b| b.checked_add(start))
            .filter(|s| *s <= limit)
        {
            Some(s) => s,
            None => return Err(too_long(it)),
        };
        layout.nargs += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        layout.items.push(Item {
            code,
            count,
            offset: start,
        });
    }
    Ok(layout)
}

// ------------------------------------------------------------ packing

/// Pack `args` by `layout` into `out` (`layout.size` bytes, zeroed).
fn pack_values(it: &mut Interp, layout: &Layout, args: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut args = args.iter();
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = args.next().cloned().unwrap_or_default();
                let data = match &v {
                    Value::Bytes(_) | Value::ByteArray(_) => v.byte_content().unwrap_or_default(),
                    _ => {
                        return Err(error(
                            it,
                            format!(
                                "argument for '{}' must be a bytes object",
                                char::from(item.code)
                            ),
                        ))
                    }
                };
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    out[at..at + n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    out[at] = u8::try_from(n.min(255)).unwrap_or(255);
                    out[at + 1..at + 1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                let (size, _) = code_size(layout.order, code).unwrap_or((1, 1));
                for k in 0..item.count {
                    let v = args.next().cloned().unwrap_or_default();
                    let start = at + k * size;
                    pack_one(it, layout.order, code, &v, &mut out[start..start + size])?;
                }
            }
        }
    }
    Ok(())
}

/// Pack one value of a numeric, bool or char code into `out`.
fn pack_one(it: &mut Interp, order: Order, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'?' => {
            out[0] = u8::from(it.truthy(v)?);
            return Ok(());
        }
        b'c' => {
            return match v {
                Value::Bytes(b) if b.len() == 1 => {
                    out[0] = b[0];
                    Ok(())
                }
                _ => Err(error(it, "char format requires a bytes object of length 1")),
            }
        }
        b'e' | b'f' | b'd' => {
            let x = match float_of(it, v) {
                Ok(Some(x)) => x,
                Ok(None) => return Err(error(it, "required argument is not a float")),
                Err(e) if e.is(ExcKind::OverflowError) => {
                    return Err(error(it, "required argument is not a float"))
                }
                Err(e) => return Err(e),
            };
            let bytes = match code {
                b'e' => half_bits(x).map(|h| h.to_le_bytes().to_vec()),
                b'f' => {
                    // C's conversion: the nearest float; only the standard
                    // sizes check that it is still finite.
                    #[allow(clippy::cast_possible_truncation)]
                    let y = x as f32;
                    if order != Order::Native && y.is_infinite() && x.is_finite() {
                        None
                    } else {
                        Some(y.to_le_bytes().to_vec())
                    }
                }
                _ => Some(x.to_le_bytes().to_vec()),
            };
            let Some(bytes) = bytes else {
                // CPython reports an int's overflow as the struct's error.
                return Err(if matches!(v, Value::Int(_) | Value::BigInt(_)) {
                    error(it, "int too large to convert")
                } else {
                    PyErr::overflow(format!(
                        "float too large to pack with {} format",
                        char::from(code)
                    ))
                });
            };
            put(order, &bytes, out);
            return Ok(());
        }
        _ => {}
    }
    let Some(n) = index_i128(it, v)? else {
        return Err(error(it, "required argument is not an integer"));
    };
    if let Some(msg) = int_range_error(order, code, n) {
        return Err(error(it, msg));
    }
    put(order, &n.to_le_bytes()[..out.len()], out);
    Ok(())
}

/// Copy little-endian `bytes` into `out` in the format's byte order.
fn put(order: Order, bytes: &[u8], out: &mut [u8]) {
    out.copy_from_slice(bytes);
    if order == Order::Big {
        out.reverse();
    }
}

/// CPython's message when `n` does not fit an integer code. The native
/// packers (used for `@` and, where sizes agree, for `<` and `=`) check
/// against C's long first; the big-endian ones differ for H, q and Q.
fn int_range_error(order: Order, code: u8, n: i128) -> Option<String> {
    let in_long = i64::try_from(n).is_ok();
    let in_ulong = u64::try_from(n).is_ok();
    let big = order == Order::Big;
    let requires = |lo: i128, hi: i128, what: String| -> Option<String> {
        (!(lo..=hi).contains(&n)).then(|| format!("{what} format requires {lo} <= number <= {hi}"))
    };
    let quoted = |c: u8| format!("'{}'", char::from(c));
    let out_of_range = || Some("argument out of range".to_string());
    match code {
        b'H' if big => {
            if !in_ulong {
                return out_of_range();
            }
            requires(0, 65535, quoted(code))
        }
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' | b'q' | b'n' if !in_long => {
            if code == b'q' && big {
                Some("int too large to convert".to_string())
            } else {
                out_of_range()
            }
        }
        b'b' => requires(-128, 127, "byte".to_string()),
        b'B' => requires(0, 255, "ubyte".to_string()),
        b'h' if big => requires(-32768, 32767, quoted(code)),
        b'h' => requires(-32768, 32767, "short".to_string()),
        b'H' => requires(0, 65535, "ushort".to_string()),
        b'i' => requires(i128::from(i32::MIN), i128::from(i32::MAX), quoted(code)),
        b'l' if order != Order::Native => {
            requires(i128::from(i32::MIN), i128::from(i32::MAX), quoted(code))
        }
        b'Q' if big && !in_ulong => Some("int too large to convert".to_string()),
        b'I' | b'L' | b'Q' | b'N' if !in_ulong => out_of_range(),
        b'I' => requires(0, i128::from(u32::MAX), quoted(code)),
        b'L' if order != Order::Native => requires(0, i128::from(u32::MAX), quoted(code)),
        b'P' if !in_long && !in_ulong => Some("int too large to convert".to_string()),
        _ => None,
    }
}

/// IEEE 754 half precision bits of `x`, rounded to nearest even; None
/// when it is too large.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // The binary exponent of a (a = m * 2**e with 1 <= m < 2).
    let e = a.log2().floor();
    let e = if 2f64.powf(e) > a { e - 1.0 } else { e };
    if e >= -14.0 {
        // Normal: 10 bits after the leading one.
        let quantum = 2f64.powf(e - 10.0);
        let mut m = (a / quantum).round_ties_even();
        let mut e = e;
        if m >= 2048.0 {
            m /= 2.0;
            e += 1.0;
        }
        if e > 15.0 {
            return None;
        }
        // m is an integer in 1024..2048 and e in -14..=15.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let bits = (((e + 15.0) as u16) << 10) | ((m as u16) - 1024);
        Some(sign | bits)
    } else {
        // Subnormal: multiples of 2**-24 (1024 of them is the least normal).
        let m = (a / 2f64.powi(-24)).round_ties_even();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let bits = m as u16;
        Some(sign | bits)
    }
}

/// The value of half precision bits.
fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let mant = f64::from(h & 0x3ff);
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + mant) * 2f64.powi(exp - 25),
    }
}

// ------------------------------------------------------------ unpacking

/// The values `layout` finds in `data` (exactly `layout.size` bytes).
fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' => out.push(Value::Bytes(Rc::new(data[at..at + item.count].to_vec()))),
            b'p' => {
                let n = if item.count == 0 {
                    0
                } else {
                    usize::from(data[at]).min(item.count - 1)
                };
                out.push(Value::Bytes(Rc::new(data[at + 1..at + 1 + n].to_vec())));
            }
            code => {
                let (size, _) = code_size(layout.order, code).unwrap_or((1, 1));
                for k in 0..item.count {
                    let start = at + k * size;
                    out.push(unpack_one(layout.order, code, &data[start..start + size]));
                }
            }
        }
    }
    Value::tuple(out)
}

fn unpack_one(order: Order, code: u8, raw: &[u8]) -> Value {
    let mut le = [0u8; 8];
    le[..raw.len()].copy_from_slice(raw);
    if order == Order::Big {
        le[..raw.len()].reverse();
    }
    let unsigned = u64::from_le_bytes(le);
    match code {
        b'?' => Value::Bool(unsigned != 0),
        b'c' => Value::Bytes(Rc::new(vec![le[0]])),
        b'e' => Value::Float(half_value(u16::from_le_bytes([le[0], le[1]]))),
        b'f' => Value::Float(f64::from(f32::from_le_bytes([le[0], le[1], le[2], le[3]]))),
        b'd' => Value::Float(f64::from_le_bytes(le)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            // Sign-extend from the item's width.
            let shift = 64 - 8 * u32::try_from(raw.len()).unwrap_or(8);
            Value::Int(i64::from_le_bytes(le) << shift >> shift)
        }
        _ => match i64::try_from(unsigned) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::bigint(num_bigint::BigInt::from(unsigned)),
        },
    }
}

// ------------------------------------------------------------ the functions

fn calcsize(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int_from_len(parse(it, &args[0])?.size)))
}

fn clearcache(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn pack(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "_struct.pack() takes no keyword arguments",
        ));
    }
    let Some(format) = args.first() else {
        return Err(PyErr::type_error("missing format argument"));
    };
    let layout = parse(it, format)?;
    let values = &args[1..];
    if values.len() != layout.nargs {
        return Err(error(
            it,
            format!(
                "pack expected {} items for packing (got {})",
                layout.nargs,
                values.len()
            ),
        ));
    }
    let mut out = crate::runtime::fallible::zeroed(layout.size)?;
    pack_values(it, &layout, values, &mut out)?;
    Ok(Value::Bytes(Rc::new(out)))
}

/// Where `size` bytes at `offset` (negative: from the end) start in a
/// buffer of `len` bytes, with CPython's messages for `what`
/// ("pack_into"/"unpack_from", "packing"/"unpacking").
fn place(
    it: &mut Interp,
    offset: i64,
    size: usize,
    len: usize,
    what: (&str, &str),
) -> PyResult<usize> {
    let len_i = int_from_len(len);
    let size_i = int_from_len(size);
    let mut start = offset;
    if offset < 0 {
        if offset + len_i < 0 {
            return Err(error(
                it,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        start = offset + len_i;
        if len_i - start < size_i {
            let verb = if what.0 == "pack_into" {
                "no space to pack"
            } else {
                "not enough data to unpack"
            };
            return Err(error(it, format!("{verb} {size} bytes at offset {offset}")));
        }
    } else if len_i - offset < size_i {
        return Err(error(
            it,
            format!(
                "{} requires a buffer of at least {} bytes for {} {size} bytes at offset {offset} (actual buffer size is {len})",
                what.0,
                size_i.saturating_add(offset),
                what.1
            ),
        ));
    }
    Ok(usize::try_from(start).unwrap_or(0))
}

fn pack_into(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "_struct.pack_into() takes no keyword arguments",
        ));
    }
    let Some(format) = args.first() else {
        return Err(PyErr::type_error("missing format argument"));
    };
    let layout = parse(it, format)?;
    let values = args.get(3..).unwrap_or_default();
    if values.len() != layout.nargs {
        let msg = match args.len() {
            1 => "pack_into expected buffer argument".to_string(),
            2 => "pack_into expected offset argument".to_string(),
            _ => format!(
                "pack_into expected {} items for packing (got {})",
                layout.nargs,
                values.len()
            ),
        };
        return Err(error(it, msg));
    }
    let buffer = &args[1];
    let len = match buffer {
        Value::ByteArray(b) => b.borrow().len(),
        Value::Instance(i) if i.packed().is_some() => {
            i.packed().map(|p| p.borrow().bytes.len()).unwrap_or(0)
        }
        other => {
            return Err(PyErr::type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                other.type_name()
            )))
        }
    };
    let offset = super::want_int(it, &args[2])?;
    let start = place(it, offset, layout.size, len, ("pack_into", "packing"))?;
    let mut out = crate::runtime::fallible::zeroed(layout.size)?;
    let packed = pack_values(it, &layout, values, &mut out);
    // As in CPython, the region is cleared and packed in place: a value
    // that fails to pack leaves those before it written.
    let write = |dest: &mut Vec<u8>| {
        if let Some(d) = dest.get_mut(start..start + out.len()) {
            d.copy_from_slice(&out);
        }
    };
    match buffer {
        Value::ByteArray(b) => write(&mut b.borrow_mut()),
        Value::Instance(i) => {
            if let Some(p) = i.packed() {
                write(&mut p.borrow_mut().bytes);
            }
        }
        _ => {}
    }
    packed.map(|()| Value::None)
}

fn unpack(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = parse(it, &args[0])?;
    let data = want_bytes(&args[1])?;
    if data.len() != layout.size {
        return Err(error(
            it,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(unpack_values(&layout, &data))
}

fn unpack_from(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = parse(it, &args[0])?;
    let data = want_bytes(&args[1])?;
    let offset = match args.get(2) {
        Some(v) => super::want_int(it, v)?,
        None => 0,
    };
    let start = place(
        it,
        offset,
        layout.size,
        data.len(),
        ("unpack_from", "unpacking"),
    )?;
    Ok(unpack_values(&layout, &data[start..start + layout.size]))
}

fn iter_unpack(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let layout = parse(it, &args[0])?;
    let data = want_bytes(&args[1])?;
    if layout.size == 0 {
        return Err(error(
            it,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(error(
            it,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let all: Vec<Value> = data
        .chunks(layout.size)
        .map(|chunk| unpack_values(&layout, chunk))
        .collect();
    Ok(PyIter::new(
        "unpack_iterator",
        IterState::Seq {
            seq: Value::list(all),
            idx: 0,
        },
    ))
}
