//! CPython 3.11-exact text formatting of numbers and strings.
//!
//! Pure functions over Rust primitives (no interpreter types):
//!
//! * `repr(float)` / `str(float)` ([`float_repr`]) and the general
//!   `PyOS_double_to_string` equivalent ([`double_to_string`]);
//! * the format-spec mini-language used by `format()`, `str.format` and
//!   f-strings ([`parse_format_spec_for`], [`format_int_for`], [`format_float`],
//!   [`format_str_for`]), mirroring `Python/formatter_unicode.c`;
//! * the pieces of printf-style `%` formatting ([`parse_percent_spec`],
//!   [`percent_int`], [`percent_float`], [`percent_str`]), mirroring
//!   `PyUnicode_Format` in `Objects/unicodeobject.c`.
//!
//! Every `Err(String)` carries the message of a `ValueError` unless the
//! function documents otherwise ([`is_overflow_error`] tells the two
//! `OverflowError` messages apart).
//!
//! The numeric locale is always the C locale (as in CPython, which never
//! changes `LC_NUMERIC`), so the `n` presentation type never groups digits.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::int::{count_from_int, int_from_len};

/// Message of the `OverflowError` raised when an int is formatted as a float but is too large.
pub(crate) const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
/// Message of the `OverflowError` raised by `format(i, 'c')` / `'%c' % i` for out-of-range code points.
pub(crate) const CHAR_OUT_OF_RANGE: &str = "%c arg not in range(0x110000)";
/// Message of the `OverflowError` raised when an int does not fit a C long (`format(2**70, 'c')`).
pub(crate) const INT_TOO_LARGE_FOR_LONG: &str = "Python int too large to convert to C long";

/// CPython's `PY_SSIZE_T_MAX` limit on widths (a width below it that the
/// machine cannot meet is a MemoryError).
const MAX_WIDTH: usize = isize::MAX.unsigned_abs();
/// CPython's `INT_MAX` limit on `%` precisions and float format precisions.
const MAX_PRECISION: usize = i32::MAX as usize;

/// The `Err` of a result too big for the memory there is: raised as a
/// `MemoryError` with no message.
pub(crate) const NO_MEMORY: &str = "\0MemoryError";

/// An empty string with room for `n` bytes, or `Err(NO_MEMORY)`.
fn room(n: usize) -> Result<String, String> {
    let mut out = String::new();
    out.try_reserve_exact(n)
        .map_err(|_| NO_MEMORY.to_string())?;
    Ok(out)
}

/// `n` more `c`s on `out`, reserving fallibly.
fn push_fill(out: &mut String, c: char, n: usize) -> Result<(), String> {
    let bytes = n.checked_mul(c.len_utf8()).ok_or(NO_MEMORY)?;
    out.try_reserve(bytes).map_err(|_| NO_MEMORY.to_string())?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(())
}

/// True when `msg` (an `Err` from this module) should be raised as `OverflowError`, not `ValueError`.
pub(crate) fn is_overflow_error(msg: &str) -> bool {
    msg == INT_TOO_LARGE_FOR_FLOAT || msg == CHAR_OUT_OF_RANGE || msg == INT_TOO_LARGE_FOR_LONG
}

// ---------------------------------------------------------------------------
// Float to digits (the `_Py_dg_dtoa` part)
// ---------------------------------------------------------------------------

/// More digits than any float's exact decimal expansion has, after the
/// point (at most 1074) or significant (at most 767): asking for more adds
/// only zeros.
const EXACT_DIGITS: usize = 1100;

/// Decimal digits of a finite, non-negative float: `0.d1d2d3... * 10**decpt`.
///
/// `digits` has no leading or trailing zeros, except that a zero result is
/// `"0"` with `decpt == 1` (exactly as David Gay's `dtoa` reports it).
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    /// Normalises an ASCII digit string whose decimal point sits after `decpt` digits.
    fn normalise(mut digits: Vec<u8>, mut decpt: i64) -> Digits {
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        if leading == digits.len() {
            return Digits {
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        digits.drain(..leading);
        decpt -= int_from_len(leading);
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }

    /// Parses Rust's `{:e}` output (`"1.2345e-5"`, `"5e-324"`).
    fn from_scientific(text: &str) -> Digits {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent: i64 = exponent.parse().unwrap_or(0);
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalise(digits, exponent + 1)
    }

    /// Shortest digits that round-trip (dtoa mode 0).
    ///
    /// When two candidates of that length round-trip and the exact value lies
    /// halfway between them, Gay's `dtoa` (and so CPython) picks the even one
    /// while Rust's shortest algorithm rounds up; the correctly rounded
    /// (half-even) string of the same length settles it.
    fn shortest(x: f64) -> Digits {
        let shortest = format!("{:e}", x);
        let n = shortest
            .split('e')
            .next()
            .map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count());
        let rounded = format!("{:.*e}", n.max(1) - 1, x);
        if rounded != shortest && rounded.parse::<f64>() == Ok(x) {
            Digits::from_scientific(&rounded)
        } else {
            Digits::from_scientific(&shortest)
        }
    }

    /// Correctly rounded `n >= 1` significant digits (dtoa mode 2).
    fn significant(x: f64, n: usize) -> Digits {
        // Past EXACT_DIGITS the digits are the float's exact value (Rust's
        // formatter takes no precision above 65535).
        let n = n.clamp(1, EXACT_DIGITS);
        Digits::from_scientific(&format!("{:.*e}", n - 1, x))
    }

    /// Correctly rounded to `p` digits after the decimal point (dtoa mode 3).
    fn fixed(x: f64, p: usize) -> Digits {
        let text = format!("{:.*}", p.min(EXACT_DIGITS), x);
        let int_len = text.find('.').unwrap_or(text.len());
        let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalise(digits, int_from_len(int_len))
    }
}

/// `PyOS_double_to_string`: `code` is one of `e E f F g G r`; `r` ignores `precision`.
///
/// `alternate` is the `#` flag (keep the decimal point, and trailing zeros for `g`);
/// `add_dot_0` appends `.0` to integral results written without exponent (used by
/// `repr` and by format type `None`); `no_neg_0` drops the sign of a result that is
/// zero after rounding (the `z` option).  No `+` sign is ever added.
pub(crate) fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alternate: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> Result<String, String> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        // CPython ignores the sign of a NaN.
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if upper { "INF" } else { "inf" };
        return Ok(if negative {
            format!("-{inf}")
        } else {
            inf.to_string()
        });
    }
    let ax = x.abs();
    // `precision` as adjusted by PyOS_double_to_string for each mode.
    let (digits, precision) = match code {
        'e' => (Digits::significant(ax, precision + 1), precision + 1),
        'f' => (Digits::fixed(ax, precision), precision),
        'g' => {
            let p = precision.max(1);
            (Digits::significant(ax, p), p)
        }
        _ => (Digits::shortest(ax), 0),
    };
    if no_neg_0 && negative && digits.digits == b"0" {
        negative = false;
    }
    let Digits { digits, mut decpt } = digits;
    let digits_len = int_from_len(digits.len());
    let precision = int_from_len(precision);

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        out.extend(d.iter().map(|&b| char::from(b)));
    };
    // The one allocation: every push below stays within it.
    let mut out =
        room(count_from_int(vdigits_end.saturating_sub(vdigits_start).saturating_add(8)).max(8))?;
    if negative {
        out.push('-');
    }
    // Exactly one of the three branches below writes the decimal point.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = usize::try_from(decpt).expect("0 < decpt <= digits.len()");
        push_digits(&mut out, &digits[..split]);
        out.push('.');
        push_digits(&mut out, &digits[split..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    Ok(out)
}

/// `repr(x)` / `str(x)` for a float: shortest round-trip digits, CPython's layout.
pub(crate) fn float_repr(x: f64) -> String {
    // At most 25 characters: the reservation does not fail.
    double_to_string(x, 'r', 0, false, true, false).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `zero` is the `0` flag; it is only recorded when no fill character was given
/// (otherwise the `0` is part of the width, as in CPython).  The effective fill
/// and alignment depend on the object type and are resolved by the `format_*`
/// functions.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to positive zero, floats only).
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Renders a presentation type the way CPython's error messages do.
fn code_repr(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", n)
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(ty),
        type_name
    )
}

fn bad_separator(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, code_repr(ty))
}

/// `value * 10 + digit`, saturating just above `limit` (so callers can report overflow).
fn accumulate(value: usize, digit: u32, limit: usize) -> usize {
    value
        .checked_mul(10)
        .and_then(|v| v.checked_add(digit as usize))
        .map_or(limit + 1, |v| v.min(limit + 1))
}

/// Reads decimal digits at `chars[*pos..]`; `Ok(None)` when there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut value: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = accumulate(value, d, MAX_WIDTH);
        if value > MAX_WIDTH {
            return Err("Too many decimal digits in format string".to_string());
        }
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses a format spec; "Invalid format specifier" errors name the type `object` (see [`parse_format_spec_for`]).
#[cfg(test)]
fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec for an object of type `type_name` (only used in error messages).
pub(crate) fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec::default();
    let mut pos = 0;

    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?;

    let both = || Err("Cannot specify both ',' and '_'.".to_string());
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return both();
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return both();
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ))
        }
    }
    if let Some(sep) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(ty) => return Err(bad_separator(sep, ty)),
        }
    }
    Ok(out)
}

/// The pieces of a formatted number, laid out by [`layout_number`].
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction, exponent, `%`, ...
    remainder: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits`, zero-padding up to `min_width`.
fn group_digits(
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    let bytes = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = int_from_len(bytes.len());
    let mut end = bytes.len();
    // Chunks from right to left.
    let mut chunks: Vec<String> = Vec::new();
    let mut take = |len: i64, remaining: i64, end: &mut usize| -> Result<i64, String> {
        let n_zeros = (len - remaining).max(0);
        let n_chars = count_from_int(remaining.min(len));
        let mut chunk = String::new();
        push_fill(&mut chunk, '0', count_from_int(n_zeros))?;
        chunk.push_str(&digits[*end - n_chars..*end]);
        *end -= n_chars;
        chunks.push(chunk);
        Ok(int_from_len(n_chars))
    };
    let mut loop_broken = false;
    if let Some((_, size)) = grouping {
        let size = int_from_len(size);
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            remaining -= take(len, remaining, &mut end)?;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1; // the separator
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        take(len, remaining, &mut end)?;
    }
    chunks.reverse();
    Ok(match grouping {
        Some((sep, _)) => chunks.join(&sep.to_string()),
        None => chunks.concat(),
    })
}

/// `calc_number_widths` + `fill_number`: sign, prefix, padding, grouping, alignment.
fn layout_number(
    parts: &NumberParts,
    fill: char,
    align: char,
    sign: Option<char>,
    width: Option<usize>,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    let sign_char = match (sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = width.map_or(-1, int_from_len);
    let n_non_digit = i64::from(sign_char.is_some())
        + int_from_len(parts.prefix.chars().count())
        + i64::from(parts.has_decimal)
        + int_from_len(parts.remainder.chars().count());
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)?
    };
    let n_padding = count_from_int(width - n_non_digit - int_from_len(grouped.chars().count()));
    let (left, inner, right) = match align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out = String::new();
    push_fill(&mut out, fill, left)?;
    out.extend(sign_char);
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, inner)?;
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, right)?;
    Ok(out)
}

/// Effective (fill, align) for a numeric spec (default align `>`, `0` flag means `=`).
fn numeric_fill_align(spec: &FormatSpec) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    (fill, align)
}

/// Converts an int to a character for `'c'` formatting (errors are `OverflowError`s).
pub(crate) fn int_to_char(v: &BigInt) -> Result<char, String> {
    let n = v
        .to_i64()
        .ok_or_else(|| INT_TOO_LARGE_FOR_LONG.to_string())?;
    if !(0..=0x10ffff).contains(&n) {
        return Err(CHAR_OUT_OF_RANGE.to_string());
    }
    // Lone surrogates are valid Python code points but cannot live in a Rust string.
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| {
            format!(
                "character U+{:04X} is a lone surrogate, which is not supported",
                n
            )
        })
}

/// Converts an int to the nearest float like `float(int)`, or the overflow message.
fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(INT_TOO_LARGE_FOR_FLOAT.to_string()),
    }
}

/// `format(int, spec)` for an int (or subclass such as `bool`) named `type_name` in errors.
pub(crate) fn format_int_for(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(int_to_f64(v)?, spec),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (fill, align) = numeric_fill_align(spec);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let c = int_to_char(v)?.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &c,
        };
        return layout_number(&parts, fill, align, None, spec.width, None);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        super::int::to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(radix)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(sep), _) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, fill, align, spec.sign, spec.width, grouping)
}

/// `format(float, spec)` with errors naming type `float`.
pub(crate) fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_for(x, spec, "float")
}

/// `format(float, spec)` for a float (or subclass) named `type_name` in errors.
pub(crate) fn format_float_for(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    let ty = spec.ty;
    let (mut code, add_dot_0, default_precision) = match ty {
        None => ('r', true, 0),
        Some('n') => ('g', false, 6),
        Some('%') => ('f', false, 6),
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (c, false, 6),
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err("precision too big".to_string());
    }
    let value = if ty == Some('%') { x * 100.0 } else { x };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(
        value,
        code,
        precision,
        spec.alternate,
        add_dot_0,
        spec.no_neg_zero,
    )?;
    if ty == Some('%') {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = match (spec.grouping, ty) {
        (_, Some('n')) | (None, _) => None,
        (Some(sep), _) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let (fill, align) = numeric_fill_align(spec);
    layout_number(&parts, fill, align, spec.sign, spec.width, grouping)
}

/// `format(str, spec)` for a str (or subclass) named `type_name` in errors.
pub(crate) fn format_str_for(
    s: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    match (spec.ty, spec.grouping) {
        // The default type 's' does not accept a thousands separator.
        (None, Some(sep)) => return Err(bad_separator(sep, 's')),
        (None | Some('s'), _) => {}
        (Some(c), _) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or('<');
    let text: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        None => s,
    };
    let len = text.chars().count();
    let padding = spec.width.map_or(0, |w| w.saturating_sub(len));
    let (left, right) = match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = room(text.len())?;
    push_fill(&mut out, fill, left)?;
    out.push_str(text);
    push_fill(&mut out, fill, right)?;
    Ok(out)
}

/// One-shot `format(int, spec)`: parse `spec` and format (an empty spec gives `str(v)`).
pub(crate) fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    format_int_for(v, &parse_format_spec_for(spec, type_name)?, type_name)
}

/// One-shot `format(float, spec)`: parse `spec` and format (an empty spec gives `repr(x)`).
pub(crate) fn format_float_spec(x: f64, spec: &str, type_name: &str) -> Result<String, String> {
    format_float_for(x, &parse_format_spec_for(spec, type_name)?, type_name)
}

/// One-shot `format(str, spec)`: parse `spec` and format.
pub(crate) fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, String> {
    format_str_for(s, &parse_format_spec_for(spec, type_name)?, type_name)
}

// ---------------------------------------------------------------------------
// printf-style `%` formatting
// ---------------------------------------------------------------------------

/// A width or precision in a `%` conversion: a number or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WidthOrStar {
    Num(usize),
    Star,
}

/// One parsed `%` conversion specification.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// `-` flag (also set by the caller when a `*` width is negative).
    pub left: bool,
    /// `+` flag.
    pub plus: bool,
    /// ` ` flag.
    pub space: bool,
    /// `#` flag.
    pub alternate: bool,
    /// `0` flag.
    pub zero: bool,
    pub width: Option<WidthOrStar>,
    pub precision: Option<WidthOrStar>,
    /// The conversion character (possibly unsupported; see [`PercentSpec::check_conversion`]).
    pub conv: char,
    /// Index (in characters) of `conv` within the whole format string, for error messages.
    pub conv_index: usize,
    /// True for `%%` (a literal percent sign that consumes no argument).
    pub literal_percent: bool,
}

impl PercentSpec {
    /// `Err(ValueError message)` if `conv` is not a supported conversion.
    ///
    /// CPython reports this only after fetching the conversion's argument, so a
    /// caller should fetch the argument (raising "not enough arguments for format
    /// string" first if there is none) and then call this.
    pub(crate) fn check_conversion(&self) -> Result<(), String> {
        let ok = match self.conv {
            '%' => self.literal_percent,
            c => "sradiuoxXeEfFgGc".contains(c),
        };
        if ok {
            return Ok(());
        }
        let c = self.conv;
        let shown = if (31..=126).contains(&(c as u32)) {
            c
        } else {
            '?'
        };
        Err(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, c as u32, self.conv_index
        ))
    }
}

/// Parses the conversion spec at byte offset `pos` of `fmt` (just after a `%`); returns it and the byte offset after it.
///
/// Errors: "incomplete format", "incomplete format key", "width too big",
/// "precision too big".  An unsupported conversion character is *not* an error
/// here (see [`PercentSpec::check_conversion`]).  `*` widths/precisions are
/// returned as [`WidthOrStar::Star`]: the caller takes them from the arguments in
/// order (width first), treating a negative width as the `-` flag plus its
/// absolute value and a negative precision as 0.
pub(crate) fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpec, usize), String> {
    let rest = fmt.get(pos..).unwrap_or("");
    let mut it = rest.char_indices().peekable();
    let mut spec = PercentSpec {
        key: None,
        left: false,
        plus: false,
        space: false,
        alternate: false,
        zero: false,
        width: None,
        precision: None,
        conv: '%',
        conv_index: 0,
        literal_percent: false,
    };
    let incomplete = || "incomplete format".to_string();
    let base_index = || fmt[..pos.min(fmt.len())].chars().count();

    if let Some(&(_, '%')) = it.peek() {
        spec.literal_percent = true;
        spec.conv_index = base_index();
        return Ok((spec, pos + 1));
    }
    let mut consumed = 0usize; // characters read so far
    let mut next = |it: &mut std::iter::Peekable<std::str::CharIndices>| {
        let item = it.next();
        if item.is_some() {
            consumed += 1;
        }
        item
    };

    let (mut offset, mut c) = next(&mut it).ok_or_else(incomplete)?;
    if c == '(' {
        let mut depth = 1;
        let mut key = String::new();
        loop {
            let (_, k) = next(&mut it).ok_or_else(|| "incomplete format key".to_string())?;
            match k {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
            key.push(k);
        }
        spec.key = Some(key);
        (offset, c) = next(&mut it).ok_or_else(incomplete)?;
    }
    loop {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        (offset, c) = next(&mut it).ok_or_else(incomplete)?;
    }
    if c == '*' {
        spec.width = Some(WidthOrStar::Star);
        (offset, c) = next(&mut it).ok_or_else(incomplete)?;
    } else if let Some(d) = c.to_digit(10) {
        let mut width = d as usize;
        loop {
            (offset, c) = next(&mut it).ok_or_else(incomplete)?;
            let Some(d) = c.to_digit(10) else { break };
            width = accumulate(width, d, MAX_WIDTH);
            if width > MAX_WIDTH {
                return Err("width too big".to_string());
            }
        }
        spec.width = Some(WidthOrStar::Num(width));
    }
    if c == '.' {
        (offset, c) = next(&mut it).ok_or_else(incomplete)?;
        if c == '*' {
            spec.precision = Some(WidthOrStar::Star);
            (offset, c) = next(&mut it).ok_or_else(incomplete)?;
        } else if let Some(d) = c.to_digit(10) {
            let mut precision = d as usize;
            loop {
                (offset, c) = next(&mut it).ok_or_else(incomplete)?;
                let Some(d) = c.to_digit(10) else { break };
                precision = accumulate(precision, d, MAX_PRECISION);
                if precision > MAX_PRECISION {
                    return Err("precision too big".to_string());
                }
            }
            spec.precision = Some(WidthOrStar::Num(precision));
        } else {
            spec.precision = Some(WidthOrStar::Num(0));
        }
    }
    if matches!(c, 'h' | 'l' | 'L') {
        (offset, c) = next(&mut it).ok_or_else(incomplete)?;
    }
    spec.conv = c;
    spec.conv_index = base_index() + consumed - 1;
    Ok((spec, pos + offset + c.len_utf8()))
}

/// `unicode_format_arg_output`: applies width, flags and (for `s r a`)
/// truncation. Works on the text's bytes in place (a huge `%s` argument
/// is not unpacked into chars) and sizes the result before writing it.
fn percent_output(
    text: &str,
    s: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> Result<String, String> {
    let text = match precision {
        Some(p) if matches!(s.conv, 's' | 'r' | 'a') => match text.char_indices().nth(p) {
            Some((cut, _)) => &text[..cut],
            None => text,
        },
        _ => text,
    };
    let mut len = int_from_len(text.chars().count());
    let fill = if numeric && s.zero { '0' } else { ' ' };
    let mut width = width.map_or(-1, int_from_len);
    // What is left of `text` to copy once a sign or `0x` prefix is taken.
    let mut body = text;
    let mut sign_char = None;
    if numeric {
        match text.chars().next() {
            Some(c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                body = &text[1..];
            }
            _ if s.plus => sign_char = Some('+'),
            _ if s.space => sign_char = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    // Fills are ASCII: the padding is `width - len` bytes, and at most a
    // sign is added to the text.
    let pad = count_from_int(width - len);
    let mut out = room(pad.saturating_add(text.len()).saturating_add(1))?;
    if let Some(sc) = sign_char {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = numeric
        && s.alternate
        && matches!(s.conv, 'x' | 'X' | 'o')
        && body.starts_with('0')
        && body[1..].starts_with(s.conv);
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !s.left {
        push_fill(&mut out, fill, count_from_int(width - len))?;
        width = len;
    }
    if fill == ' ' {
        out.extend(sign_char);
        if alt_prefix {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
    }
    out.push_str(body);
    push_fill(&mut out, ' ', count_from_int(width - len))?;
    Ok(out)
}

/// `%d %i %u %o %x %X` of an int, with `width`/`precision` already resolved from any `*`.
pub(crate) fn percent_int(
    v: &BigInt,
    s: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    let (radix, prefix) = match s.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        super::int::to_decimal(&v.abs())?
    } else {
        v.abs().to_str_radix(radix)
    };
    if s.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::new();
    if v.is_negative() {
        text.push('-');
    }
    if s.alternate {
        text.push_str(prefix);
    }
    if let Some(p) = precision {
        push_fill(&mut text, '0', p.saturating_sub(digits.len()))?;
    }
    text.push_str(&digits);
    percent_output(&text, s, width, precision, true)
}

/// `%e %E %f %F %g %G` of a float, with `width`/`precision` already resolved from any `*`.
pub(crate) fn percent_float(
    x: f64,
    s: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    let code = if "eEfFgG".contains(s.conv) {
        s.conv
    } else {
        'g'
    };
    let text = double_to_string(x, code, precision.unwrap_or(6), s.alternate, false, false)?;
    percent_output(&text, s, width, precision, true)
}

/// `%s %r %a` (truncated to `precision`) and `%c` of already-converted text.
pub(crate) fn percent_str(
    text: &str,
    s: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    percent_output(text, s, width, precision, false)
}

#[cfg(test)]
mod tests {
    //! Expected strings were generated by running CPython 3.11 (`python3`), not by hand.
    use super::*;

    enum A {
        I(&'static str),
        F(&'static str),
        S(&'static str),
    }

    fn big(s: &str) -> BigInt {
        s.parse().expect("test int literal")
    }

    fn float(s: &str) -> f64 {
        s.parse().expect("test float literal")
    }

    fn show(r: Result<String, String>) -> String {
        r.unwrap_or_else(|e| format!("ERR:{e}"))
    }

    fn star(arg: Option<&A>) -> Result<i64, String> {
        match arg {
            Some(A::I(v)) => Ok(v.parse().expect("star")),
            Some(_) => Err("* wants int".to_string()),
            None => Err("not enough arguments for format string".to_string()),
        }
    }

    /// A miniature `str % args` driver over the module's printf pieces.
    fn percent(fmt: &str, args: &[A], map: &[(&str, A)]) -> Result<String, String> {
        let mut out = String::new();
        let mut pos = 0;
        let mut next_arg = 0;
        while let Some(off) = fmt[pos..].find('%') {
            out.push_str(&fmt[pos..pos + off]);
            let (spec, end) = parse_percent_spec(fmt, pos + off + 1)?;
            pos = end;
            if spec.literal_percent {
                out.push('%');
                continue;
            }
            let mut s = spec.clone();
            let width = match spec.width {
                Some(WidthOrStar::Star) => {
                    let w = star(args.get(next_arg))?;
                    next_arg += 1;
                    if w < 0 {
                        s.left = true;
                    }
                    Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
                }
                Some(WidthOrStar::Num(n)) => Some(n),
                None => None,
            };
            let precision = match spec.precision {
                Some(WidthOrStar::Star) => {
                    let p = star(args.get(next_arg))?;
                    next_arg += 1;
                    Some(count_from_int(p))
                }
                Some(WidthOrStar::Num(n)) => Some(n),
                None => None,
            };
            let arg = match &spec.key {
                Some(k) => &map.iter().find(|(key, _)| key == k).expect("key").1,
                None => {
                    next_arg += 1;
                    args.get(next_arg - 1)
                        .ok_or("not enough arguments for format string")?
                }
            };
            spec.check_conversion()?;
            let text = match (spec.conv, arg) {
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', A::I(v)) => {
                    percent_int(&big(v), &s, width, precision)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(v)) => {
                    percent_float(float(v), &s, width, precision)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::I(v)) => {
                    percent_float(float(v), &s, width, precision)
                }
                ('c', A::I(v)) => {
                    percent_str(&int_to_char(&big(v))?.to_string(), &s, width, precision)
                }
                ('s' | 'r' | 'a', A::F(v)) => {
                    percent_str(&float_repr(float(v)), &s, width, precision)
                }
                (_, A::I(v) | A::S(v)) => percent_str(v, &s, width, precision),
                _ => panic!("unsupported test combination {fmt}"),
            };
            out.push_str(&text?);
        }
        out.push_str(&fmt[pos..]);
        if next_arg < args.len() {
            return Err("not all arguments converted during string formatting".to_string());
        }
        Ok(out)
    }

    const REPR: &[(&str, &str)] = &[
        ("0.1", "0.1"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e+16", "1e+16"),
        ("1000000000000000.0", "1000000000000000.0"),
        ("0.0001", "0.0001"),
        ("1e-05", "1e-05"),
        ("123456789.123", "123456789.123"),
        ("5e-324", "5e-324"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("2.5", "2.5"),
        ("-0.0", "-0.0"),
        ("0.0", "0.0"),
        ("0.3333333333333333", "0.3333333333333333"),
        ("100.0", "100.0"),
        ("1e+22", "1e+22"),
        ("1e+23", "1e+23"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("nan", "nan"),
        ("9999999999999998.0", "9999999999999998.0"),
        ("2.000000000000001e+16", "2.000000000000001e+16"),
        ("1.5e-05", "1.5e-05"),
        ("0.00012345", "0.00012345"),
        ("-1.5", "-1.5"),
        ("123.0", "123.0"),
        ("1e+100", "1e+100"),
        ("9007199254740992.0", "9007199254740992.0"),
        ("0.3", "0.3"),
        ("4.35", "4.35"),
        ("1e-07", "1e-07"),
        ("1.2345678901234567e+19", "1.2345678901234567e+19"),
        ("2.2250738585072014e-308", "2.2250738585072014e-308"),
        ("-1.23456e-08", "-1.23456e-08"),
    ];
    const INT: &[(&str, &str, &str)] = &[
        ("1234", "", "1234"),
        ("-1234567", "d", "-1234567"),
        ("1234", ">10", "      1234"),
        ("-1234567", "<10", "-1234567  "),
        ("1234", "^10", "   1234   "),
        ("-1234567", "=10", "-  1234567"),
        ("1234", "010", "0000001234"),
        ("-1234567", "+d", "-1234567"),
        ("1234", "-d", "1234"),
        ("-1234567", " d", "-1234567"),
        ("1234", ",", "1,234"),
        ("-1234567", "_", "-1_234_567"),
        ("1234", "_x", "4d2"),
        ("-1234567", "_b", "-1_0010_1101_0110_1000_0111"),
        ("1234", "#b", "0b10011010010"),
        ("-1234567", "#o", "-0o4553207"),
        ("1234", "#x", "0x4d2"),
        ("-1234567", "#X", "-0X12D687"),
        ("1234", "X", "4D2"),
        ("-1234567", "x", "-12d687"),
        ("1234", "b", "10011010010"),
        ("-1234567", "o", "-4553207"),
        ("1234", "n", "1234"),
        ("-1234567", "c", "ERR:%c arg not in range(0x110000)"),
        ("1234", "=+10d", "+     1234"),
        ("-1234567", "*^15", "***-1234567****"),
        ("1234", "<5", "1234 "),
        ("-1234567", "08,", "-1,234,567"),
        ("1234", "09,", "0,001,234"),
        ("-1234567", "012_", "-001_234_567"),
        ("1234", "#010x", "0x000004d2"),
        ("-1234567", "#012_b", "-0b1_0010_1101_0110_1000_0111"),
        ("1234", "+#x", "+0x4d2"),
        ("-1234567", " 5", "-1234567"),
        ("1234", "e", "1.234000e+03"),
        ("-1234567", ".3e", "-1.235e+06"),
        ("1234", "f", "1234.000000"),
        ("-1234567", "%", "-123456700.000000%"),
        ("1234", ".1%", "123400.0%"),
        ("-1234567", "g", "-1.23457e+06"),
        ("1234", ".2f", "1234.00"),
        ("-1234567", "<05", "-1234567"),
        ("1234", "x<08", "1234xxxx"),
        ("-1234567", ",d", "-1,234,567"),
        ("1234", "_d", "1_234"),
        ("-1234567", "20,", "          -1,234,567"),
        ("1234", "#08b", "0b10011010010"),
        ("-1234567", "-^9", "-1234567-"),
        ("1234", "0=8", "00001234"),
        ("-1234567", ".3", "ERR:Precision not allowed in integer format specifier"),
        ("1234", "z", "ERR:Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234567", "s", "ERR:Unknown format code 's' for object of type 'int'"),
        ("1234", ",x", "ERR:Cannot specify ',' with 'x'."),
        ("-1234567", "q", "ERR:Unknown format code 'q' for object of type 'int'"),
        ("1234", "+c", "ERR:Sign not allowed with integer format specifier 'c'"),
        ("-1234567", "#c", "ERR:Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234", "\u{1}", "ERR:Unknown format code '\\x1' for object of type 'int'"),
        ("-1234567", "__", "ERR:Cannot specify '_' with '_'."),
        ("1234", ",_", "ERR:Cannot specify both ',' and '_'."),
        ("-1234567", ",,", "ERR:Cannot specify ',' with ','."),
        ("1234", "abc", "ERR:Invalid format specifier 'abc' for object of type 'int'"),
        ("-1234567", ".", "ERR:Format specifier missing precision"),
        ("1234", ",n", "ERR:Cannot specify ',' with 'n'."),
        ("-1234567", "010,", "-1,234,567"),
        ("1234", "011,", "000,001,234"),
        ("-1234567", "+010,", "-1,234,567"),
        ("1234", "", "1234"),
        ("-1234567", "d", "-1234567"),
        ("1234", ">10", "      1234"),
        ("-1234567", "<10", "-1234567  "),
        ("1234", "^10", "   1234   "),
        ("-1234567", "=10", "-  1234567"),
        ("1234", "010", "0000001234"),
        ("-1234567", "+d", "-1234567"),
        ("1234", "-d", "1234"),
        ("-1234567", " d", "-1234567"),
        ("1234", ",", "1,234"),
        ("-1234567", "_", "-1_234_567"),
        ("1234", "_x", "4d2"),
        ("-1234567", "_b", "-1_0010_1101_0110_1000_0111"),
        ("1234", "#b", "0b10011010010"),
        ("-1234567", "#o", "-0o4553207"),
        ("1234", "#x", "0x4d2"),
        ("-1234567", "#X", "-0X12D687"),
        ("1234", "X", "4D2"),
        ("-1234567", "x", "-12d687"),
        ("1234", "b", "10011010010"),
        ("-1234567", "o", "-4553207"),
        ("1234", "n", "1234"),
        ("-1234567", "c", "ERR:%c arg not in range(0x110000)"),
        ("0", "", "0"),
        ("0", "x", "0"),
        ("0", ",", "0"),
        ("1", "", "1"),
        ("1", "x", "1"),
        ("1", ",", "1"),
        ("-1", "", "-1"),
        ("-1", "x", "-1"),
        ("-1", ",", "-1"),
        ("5", "", "5"),
        ("5", "x", "5"),
        ("5", ",", "5"),
        ("42", "", "42"),
        ("42", "x", "2a"),
        ("42", ",", "42"),
        ("-42", "", "-42"),
        ("-42", "x", "-2a"),
        ("-42", ",", "-42"),
        ("255", "", "255"),
        ("255", "x", "ff"),
        ("255", ",", "255"),
        ("-255", "", "-255"),
        ("-255", "x", "-ff"),
        ("-255", ",", "-255"),
        ("1234", "", "1234"),
        ("1234", "x", "4d2"),
        ("1234", ",", "1,234"),
        ("1234567", "", "1234567"),
        ("1234567", "x", "12d687"),
        ("1234567", ",", "1,234,567"),
        ("-1234567", "", "-1234567"),
        ("-1234567", "x", "-12d687"),
        ("-1234567", ",", "-1,234,567"),
        ("100000000000000000000", "", "100000000000000000000"),
        ("100000000000000000000", "x", "56bc75e2d63100000"),
        ("100000000000000000000", ",", "100,000,000,000,000,000,000"),
        ("-999999999999999999999999999993", "", "-999999999999999999999999999993"),
        ("-999999999999999999999999999993", "x", "-c9f2c9cd04674edea3ffffff9"),
        ("-999999999999999999999999999993", ",", "-999,999,999,999,999,999,999,999,999,993"),
        ("65", "", "65"),
        ("65", "x", "41"),
        ("65", ",", "65"),
        ("128512", "", "128512"),
        ("128512", "x", "1f600"),
        ("128512", ",", "128,512"),
        ("18446744073709551616", "", "18446744073709551616"),
        ("18446744073709551616", "x", "10000000000000000"),
        ("18446744073709551616", ",", "18,446,744,073,709,551,616"),
        ("123456789", "", "123456789"),
        ("123456789", "x", "75bcd15"),
        ("123456789", ",", "123,456,789"),
        ("65", "c", "A"),
        ("128512", "c", "\u{1f600}"),
        ("65", ">5c", "    A"),
        ("65", "05c", "0000A"),
        ("1114112", "c", "ERR:%c arg not in range(0x110000)"),
        ("-1", "c", "ERR:%c arg not in range(0x110000)"),
        ("1180591620717411303424", "c", "ERR:Python int too large to convert to C long"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "ERR:int too large to convert to float"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "f", "ERR:int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "f", "ERR:int too large to convert to float"),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "e", "1.797693e+308"),
        ("18446744073709551617", "f", "18446744073709551616.000000"),
        ("0", "c", "\u{0}"),
    ];
    const FLOAT: &[(&str, &str, &str)] = &[
        ("123.456", "", "123.456"),
        ("-1234567.891", ".2", "-1.2e+06"),
        ("-0.0", ".3", "-0.0"),
        ("123.456", "10.2", "   1.2e+02"),
        ("-1234567.891", ".0", "-1e+06"),
        ("-0.0", ">10.3f", "    -0.000"),
        ("123.456", ",", "123.456"),
        ("-1234567.891", "_", "-1_234_567.891"),
        ("-0.0", "^8", "  -0.0  "),
        ("123.456", "08.2f", "00123.46"),
        ("-1234567.891", "+", "-1234567.891"),
        ("-0.0", " ", "-0.0"),
        ("123.456", "e", "1.234560e+02"),
        ("-1234567.891", "E", "-1.234568E+06"),
        ("-0.0", ".3e", "-0.000e+00"),
        ("123.456", ".0e", "1e+02"),
        ("-1234567.891", "#.0e", "-1.e+06"),
        ("-0.0", "f", "-0.000000"),
        ("123.456", "F", "123.456000"),
        ("-1234567.891", ".0f", "-1234568"),
        ("-0.0", "#.0f", "-0."),
        ("123.456", ".2f", "123.46"),
        ("-1234567.891", "g", "-1.23457e+06"),
        ("-0.0", "G", "-0"),
        ("123.456", ".3g", "123"),
        ("-1234567.891", "#g", "-1.23457e+06"),
        ("-0.0", "#.3g", "-0.00"),
        ("123.456", ".0g", "1e+02"),
        ("-1234567.891", "%", "-123456789.100000%"),
        ("-0.0", ".1%", "-0.0%"),
        ("123.456", ",.2f", "123.46"),
        ("-1234567.891", "_.3f", "-1_234_567.891"),
        ("-0.0", "015,.2f", "-000,000,000.00"),
        ("123.456", "012", "00000123.456"),
        ("-1234567.891", "=+12.3f", "-1234567.891"),
        ("-0.0", "*^15.4g", "******-0*******"),
        ("123.456", "<12", "123.456     "),
        ("-1234567.891", "n", "-1.23457e+06"),
        ("-0.0", ".10n", "-0"),
        ("123.456", "z.1f", "123.5"),
        ("-1234567.891", "z", "-1234567.891"),
        ("-0.0", "z.0f", "0"),
        ("123.456", "-", "123.456"),
        ("-1234567.891", "d", "ERR:Unknown format code 'd' for object of type 'float'"),
        ("-0.0", "x", "ERR:Unknown format code 'x' for object of type 'float'"),
        ("123.456", "s", "ERR:Unknown format code 's' for object of type 'float'"),
        ("-1234567.891", ".3s", "ERR:Unknown format code 's' for object of type 'float'"),
        ("-0.0", ",.3e", "-0.000e+00"),
        ("123.456", "#", "123.456"),
        ("-1234567.891", "#.2", "-1.2e+06"),
        ("-0.0", ".15g", "-0"),
        ("123.456", ".17g", "123.456"),
        ("-1234567.891", ".20f", "-1234567.89100000006146728992"),
        ("-0.0", ".30e", "-0.000000000000000000000000000000e+00"),
        ("123.456", "020,", "0,000,000,000,123.456"),
        ("-1234567.891", "+020,.1f", "-0,000,001,234,567.9"),
        ("-0.0", "_g", "-0"),
        ("123.456", "#.5", "123.46"),
        ("-1234567.891", "010.1%", "-123456789.1%"),
        ("0.0", "", "0.0"),
        ("0.0", ".2f", "0.00"),
        ("0.0", "e", "0.000000e+00"),
        ("0.0", ".3", "0.0"),
        ("0.0", "010", "00000000.0"),
        ("0.0", "%", "0.000000%"),
        ("-0.0", "", "-0.0"),
        ("-0.0", ".2f", "-0.00"),
        ("-0.0", "e", "-0.000000e+00"),
        ("-0.0", ".3", "-0.0"),
        ("-0.0", "010", "-0000000.0"),
        ("-0.0", "%", "-0.000000%"),
        ("1.0", "", "1.0"),
        ("1.0", ".2f", "1.00"),
        ("1.0", "e", "1.000000e+00"),
        ("1.0", ".3", "1.0"),
        ("1.0", "010", "00000001.0"),
        ("1.0", "%", "100.000000%"),
        ("1.5", "", "1.5"),
        ("1.5", ".2f", "1.50"),
        ("1.5", "e", "1.500000e+00"),
        ("1.5", ".3", "1.5"),
        ("1.5", "010", "00000001.5"),
        ("1.5", "%", "150.000000%"),
        ("-1.5", "", "-1.5"),
        ("-1.5", ".2f", "-1.50"),
        ("-1.5", "e", "-1.500000e+00"),
        ("-1.5", ".3", "-1.5"),
        ("-1.5", "010", "-0000001.5"),
        ("-1.5", "%", "-150.000000%"),
        ("2.675", "", "2.675"),
        ("2.675", ".2f", "2.67"),
        ("2.675", "e", "2.675000e+00"),
        ("2.675", ".3", "2.67"),
        ("2.675", "010", "000002.675"),
        ("2.675", "%", "267.500000%"),
        ("0.125", "", "0.125"),
        ("0.125", ".2f", "0.12"),
        ("0.125", "e", "1.250000e-01"),
        ("0.125", ".3", "0.125"),
        ("0.125", "010", "000000.125"),
        ("0.125", "%", "12.500000%"),
        ("0.375", "", "0.375"),
        ("0.375", ".2f", "0.38"),
        ("0.375", "e", "3.750000e-01"),
        ("0.375", ".3", "0.375"),
        ("0.375", "010", "000000.375"),
        ("0.375", "%", "37.500000%"),
        ("0.3333333333333333", "", "0.3333333333333333"),
        ("0.3333333333333333", ".2f", "0.33"),
        ("0.3333333333333333", "e", "3.333333e-01"),
        ("0.3333333333333333", ".3", "0.333"),
        ("0.3333333333333333", "010", "0.3333333333333333"),
        ("0.3333333333333333", "%", "33.333333%"),
        ("123.456", "", "123.456"),
        ("123.456", ".2f", "123.46"),
        ("123.456", "e", "1.234560e+02"),
        ("123.456", ".3", "1.23e+02"),
        ("123.456", "010", "000123.456"),
        ("123.456", "%", "12345.600000%"),
        ("1234567.891", "", "1234567.891"),
        ("1234567.891", ".2f", "1234567.89"),
        ("1234567.891", "e", "1.234568e+06"),
        ("1234567.891", ".3", "1.23e+06"),
        ("1234567.891", "010", "1234567.891"),
        ("1234567.891", "%", "123456789.100000%"),
        ("1e+20", "", "1e+20"),
        ("1e+20", ".2f", "100000000000000000000.00"),
        ("1e+20", "e", "1.000000e+20"),
        ("1e+20", ".3", "1e+20"),
        ("1e+20", "010", "000001e+20"),
        ("1e+20", "%", "10000000000000000000000.000000%"),
        ("1e-20", "", "1e-20"),
        ("1e-20", ".2f", "0.00"),
        ("1e-20", "e", "1.000000e-20"),
        ("1e-20", ".3", "1e-20"),
        ("1e-20", "010", "000001e-20"),
        ("1e-20", "%", "0.000000%"),
        ("1e+16", "", "1e+16"),
        ("1e+16", ".2f", "10000000000000000.00"),
        ("1e+16", "e", "1.000000e+16"),
        ("1e+16", ".3", "1e+16"),
        ("1e+16", "010", "000001e+16"),
        ("1e+16", "%", "1000000000000000000.000000%"),
        ("1e-05", "", "1e-05"),
        ("1e-05", ".2f", "0.00"),
        ("1e-05", "e", "1.000000e-05"),
        ("1e-05", ".3", "1e-05"),
        ("1e-05", "010", "000001e-05"),
        ("1e-05", "%", "0.001000%"),
        ("5e-324", "", "5e-324"),
        ("5e-324", ".2f", "0.00"),
        ("5e-324", "e", "4.940656e-324"),
        ("5e-324", ".3", "4.94e-324"),
        ("5e-324", "010", "00005e-324"),
        ("5e-324", "%", "0.000000%"),
        ("1.7976931348623157e+308", "", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", ".2f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        ("1.7976931348623157e+308", "e", "1.797693e+308"),
        ("1.7976931348623157e+308", ".3", "1.8e+308"),
        ("1.7976931348623157e+308", "010", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "%", "inf%"),
        ("inf", "", "inf"),
        ("inf", ".2f", "inf"),
        ("inf", "e", "inf"),
        ("inf", ".3", "inf"),
        ("inf", "010", "0000000inf"),
        ("inf", "%", "inf%"),
        ("-inf", "", "-inf"),
        ("-inf", ".2f", "-inf"),
        ("-inf", "e", "-inf"),
        ("-inf", ".3", "-inf"),
        ("-inf", "010", "-000000inf"),
        ("-inf", "%", "-inf%"),
        ("nan", "", "nan"),
        ("nan", ".2f", "nan"),
        ("nan", "e", "nan"),
        ("nan", ".3", "nan"),
        ("nan", "010", "0000000nan"),
        ("nan", "%", "nan%"),
        ("0.5", "", "0.5"),
        ("0.5", ".2f", "0.50"),
        ("0.5", "e", "5.000000e-01"),
        ("0.5", ".3", "0.5"),
        ("0.5", "010", "00000000.5"),
        ("0.5", "%", "50.000000%"),
        ("2.5", "", "2.5"),
        ("2.5", ".2f", "2.50"),
        ("2.5", "e", "2.500000e+00"),
        ("2.5", ".3", "2.5"),
        ("2.5", "010", "00000002.5"),
        ("2.5", "%", "250.000000%"),
        ("100.0", "", "100.0"),
        ("100.0", ".2f", "100.00"),
        ("100.0", "e", "1.000000e+02"),
        ("100.0", ".3", "1e+02"),
        ("100.0", "010", "00000100.0"),
        ("100.0", "%", "10000.000000%"),
        ("1e+22", "", "1e+22"),
        ("1e+22", ".2f", "10000000000000000000000.00"),
        ("1e+22", "e", "1.000000e+22"),
        ("1e+22", ".3", "1e+22"),
        ("1e+22", "010", "000001e+22"),
        ("1e+22", "%", "999999999999999983222784.000000%"),
        ("-0.001", "", "-0.001"),
        ("-0.001", ".2f", "-0.00"),
        ("-0.001", "e", "-1.000000e-03"),
        ("-0.001", ".3", "-0.001"),
        ("-0.001", "010", "-00000.001"),
        ("-0.001", "%", "-0.100000%"),
        ("9.999", "", "9.999"),
        ("9.999", ".2f", "10.00"),
        ("9.999", "e", "9.999000e+00"),
        ("9.999", ".3", "10.0"),
        ("9.999", "010", "000009.999"),
        ("9.999", "%", "999.900000%"),
        ("1.234e-05", "", "1.234e-05"),
        ("1.234e-05", ".2f", "0.00"),
        ("1.234e-05", "e", "1.234000e-05"),
        ("1.234e-05", ".3", "1.23e-05"),
        ("1.234e-05", "010", "01.234e-05"),
        ("1.234e-05", "%", "0.001234%"),
        ("12345.6789", "", "12345.6789"),
        ("12345.6789", ".2f", "12345.68"),
        ("12345.6789", "e", "1.234568e+04"),
        ("12345.6789", ".3", "1.23e+04"),
        ("12345.6789", "010", "12345.6789"),
        ("12345.6789", "%", "1234567.890000%"),
    ];
    const STR: &[(&str, &str, &str)] = &[
        ("abc", "", "abc"),
        ("abc", "s", "abc"),
        ("abc", ">10", "       abc"),
        ("abc", "<10", "abc       "),
        ("abc", "^10", "   abc    "),
        ("abc", "^9", "   abc   "),
        ("abc", "*^15", "******abc******"),
        ("abc", ".3s", "abc"),
        ("abc", ".3", "abc"),
        ("abc", "10.4", "abc       "),
        ("abc", "05", "abc00"),
        ("abc", "<05", "abc00"),
        ("abc", ">05", "00abc"),
        ("abc", "x<05", "abcxx"),
        (
            "abc",
            "=10",
            "ERR:'=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "+",
            "ERR:Sign not allowed in string format specifier",
        ),
        (
            "abc",
            "-",
            "ERR:Sign not allowed in string format specifier",
        ),
        (
            "abc",
            " ",
            "ERR:Space not allowed in string format specifier",
        ),
        (
            "abc",
            "#",
            "ERR:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "abc",
            "z",
            "ERR:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("abc", ",", "ERR:Cannot specify ',' with 's'."),
        ("abc", "_", "ERR:Cannot specify '_' with 's'."),
        (
            "abc",
            "d",
            "ERR:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "abc",
            ",d",
            "ERR:Unknown format code 'd' for object of type 'str'",
        ),
        ("abc", "\u{e9}^9", "\u{e9}\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}"),
        ("abc", "x^2", "abc"),
        ("abc", "1", "abc"),
        ("abc", ".0", ""),
        ("abc", ".10", "abc"),
        ("abc", "*>10.2s", "********ab"),
        (
            "abc",
            "=",
            "ERR:'=' alignment not allowed in string format specifier",
        ),
        ("abc", "0", "abc"),
        (
            "abc",
            "ss",
            "ERR:Invalid format specifier 'ss' for object of type 'str'",
        ),
        ("h\u{e9}llo", "", "h\u{e9}llo"),
        ("h\u{e9}llo", "s", "h\u{e9}llo"),
        ("h\u{e9}llo", ">10", "     h\u{e9}llo"),
        ("h\u{e9}llo", "<10", "h\u{e9}llo     "),
        ("h\u{e9}llo", "^10", "  h\u{e9}llo   "),
        ("h\u{e9}llo", "^9", "  h\u{e9}llo  "),
        ("h\u{e9}llo", "*^15", "*****h\u{e9}llo*****"),
        ("h\u{e9}llo", ".3s", "h\u{e9}l"),
        ("h\u{e9}llo", ".3", "h\u{e9}l"),
        ("h\u{e9}llo", "10.4", "h\u{e9}ll      "),
        ("h\u{e9}llo", "05", "h\u{e9}llo"),
        ("h\u{e9}llo", "<05", "h\u{e9}llo"),
        ("h\u{e9}llo", ">05", "h\u{e9}llo"),
        ("h\u{e9}llo", "x<05", "h\u{e9}llo"),
        (
            "h\u{e9}llo",
            "=10",
            "ERR:'=' alignment not allowed in string format specifier",
        ),
        (
            "h\u{e9}llo",
            "+",
            "ERR:Sign not allowed in string format specifier",
        ),
        (
            "h\u{e9}llo",
            "-",
            "ERR:Sign not allowed in string format specifier",
        ),
        (
            "h\u{e9}llo",
            " ",
            "ERR:Space not allowed in string format specifier",
        ),
        (
            "h\u{e9}llo",
            "#",
            "ERR:Alternate form (#) not allowed in string format specifier",
        ),
        (
            "h\u{e9}llo",
            "z",
            "ERR:Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("h\u{e9}llo", ",", "ERR:Cannot specify ',' with 's'."),
        ("h\u{e9}llo", "_", "ERR:Cannot specify '_' with 's'."),
        (
            "h\u{e9}llo",
            "d",
            "ERR:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "h\u{e9}llo",
            ",d",
            "ERR:Unknown format code 'd' for object of type 'str'",
        ),
        (
            "h\u{e9}llo",
            "\u{e9}^9",
            "\u{e9}\u{e9}h\u{e9}llo\u{e9}\u{e9}",
        ),
        ("h\u{e9}llo", "x^2", "h\u{e9}llo"),
        ("h\u{e9}llo", "1", "h\u{e9}llo"),
        ("h\u{e9}llo", ".0", ""),
        ("h\u{e9}llo", ".10", "h\u{e9}llo"),
        ("h\u{e9}llo", "*>10.2s", "********h\u{e9}"),
        (
            "h\u{e9}llo",
            "=",
            "ERR:'=' alignment not allowed in string format specifier",
        ),
        ("h\u{e9}llo", "0", "h\u{e9}llo"),
        (
            "h\u{e9}llo",
            "ss",
            "ERR:Invalid format specifier 'ss' for object of type 'str'",
        ),
    ];
    const PCT: &[(&str, &[A], &str)] = &[
        ("%5d", &[A::I("42")], "   42"),
        ("%-5d|", &[A::I("42")], "42   |"),
        ("%05.1f", &[A::F("-2.345")], "-02.3"),
        ("%x", &[A::I("255")], "ff"),
        ("%#o", &[A::I("8")], "0o10"),
        ("%e", &[A::F("12345.678")], "1.234568e+04"),
        ("%g", &[A::F("1.234e-05")], "1.234e-05"),
        ("%10.4s|", &[A::S("abcdefg")], "      abcd|"),
        ("%+d", &[A::I("5")], "+5"),
        ("% d", &[A::I("5")], " 5"),
        ("%c", &[A::I("65")], "A"),
        ("%c", &[A::S("x")], "x"),
        ("%5c|", &[A::I("128512")], "    \u{1f600}|"),
        ("%d%%", &[A::I("50")], "50%"),
        ("%s and %r", &[A::F("1.5"), A::I("2")], "1.5 and 2"),
        ("%*d", &[A::I("6"), A::I("42")], "    42"),
        ("%-*d|", &[A::I("6"), A::I("42")], "42    |"),
        ("%*d|", &[A::I("-6"), A::I("42")], "42    |"),
        ("%.*f", &[A::I("2"), A::F("3.14159")], "3.14"),
        (
            "%*.*f|",
            &[A::I("10"), A::I("3"), A::F("2.71828")],
            "     2.718|",
        ),
        ("%#x", &[A::I("-255")], "-0xff"),
        ("%#X", &[A::I("255")], "0XFF"),
        ("%#06x", &[A::I("255")], "0x00ff"),
        ("%#06x", &[A::I("-255")], "-0x0ff"),
        ("%08.3e", &[A::F("-1.5")], "-1.500e+00"),
        ("%+.2f", &[A::F("0.0")], "+0.00"),
        ("%+.2f", &[A::F("-0.0")], "-0.00"),
        ("% .3g", &[A::F("10000000000.0")], " 1e+10"),
        ("%#g", &[A::F("1.0")], "1.00000"),
        ("%#.0f", &[A::F("3.0")], "3."),
        ("%#.0e", &[A::F("3.0")], "3.e+00"),
        ("%.0f", &[A::F("2.5")], "2"),
        ("%.0f", &[A::F("3.5")], "4"),
        ("%.2f", &[A::F("2.675")], "2.67"),
        ("%i", &[A::I("-7")], "-7"),
        ("%u", &[A::I("7")], "7"),
        ("%5.3d", &[A::I("7")], "  007"),
        ("%-8.3x|", &[A::I("-10")], "-00a    |"),
        ("%.5d", &[A::I("-42")], "-00042"),
        ("%010.5d", &[A::I("-42")], "-000000042"),
        ("%05s|", &[A::S("ab")], "   ab|"),
        ("%-05d|", &[A::I("3")], "3    |"),
        ("%+05d", &[A::I("3")], "+0003"),
        ("% 05d", &[A::I("3")], " 0003"),
        ("%ld", &[A::I("12")], "12"),
        ("%hd", &[A::I("12")], "12"),
        ("%Lf", &[A::F("1.5")], "1.500000"),
        (
            "%z",
            &[A::I("5")],
            "ERR:unsupported format character 'z' (0x7a) at index 1",
        ),
        (
            "%\u{1}",
            &[A::I("5")],
            "ERR:unsupported format character '?' (0x1) at index 1",
        ),
        (
            "\u{e9}%\u{e9}",
            &[A::I("5")],
            "ERR:unsupported format character '?' (0xe9) at index 2",
        ),
        ("%", &[], "ERR:incomplete format"),
        ("%-", &[A::I("1")], "ERR:incomplete format"),
        ("%5.", &[A::I("1")], "ERR:incomplete format"),
        ("%.d", &[A::I("1")], "1"),
        ("%.f", &[A::F("1.25")], "1"),
        (
            "%5%",
            &[A::I("1")],
            "ERR:unsupported format character '%' (0x25) at index 2",
        ),
        ("ab%%cd", &[], "ab%cd"),
        ("%s", &[A::S("h\u{e9}llo")], "h\u{e9}llo"),
        ("%.2s", &[A::S("h\u{e9}llo")], "h\u{e9}"),
        ("%10r|", &[A::I("3")], "         3|"),
        ("%f", &[A::F("inf")], "inf"),
        ("%05f", &[A::F("-inf")], "-0inf"),
        ("%+f", &[A::F("nan")], "+nan"),
        ("%E", &[A::F("inf")], "INF"),
        ("%F", &[A::F("nan")], "NAN"),
        ("%G", &[A::F("1e-10")], "1E-10"),
        ("%.3G", &[A::F("1234567.0")], "1.23E+06"),
        (
            "%x",
            &[A::I("1267650600228229401496703205376")],
            "10000000000000000000000000",
        ),
        (
            "%d",
            &[A::I("-10000000000000000000000000")],
            "-10000000000000000000000000",
        ),
        ("%o", &[A::I("-8")], "-10"),
        ("%#5o|", &[A::I("8")], " 0o10|"),
        ("%-#8x|", &[A::I("255")], "0xff    |"),
        ("%.3r", &[A::I("12345")], "123"),
        ("%a", &[A::I("7")], "7"),
        (
            "%20.10e",
            &[A::F("0.3333333333333333")],
            "    3.3333333333e-01",
        ),
        ("%f", &[A::F("1e+20")], "100000000000000000000.000000"),
        ("%.1f", &[A::F("0.05")], "0.1"),
        ("%.1f", &[A::F("0.25")], "0.2"),
        ("%g", &[A::F("1e+16")], "1e+16"),
        ("%g", &[A::F("123456.0")], "123456"),
        ("%g", &[A::F("1234567.0")], "1.23457e+06"),
        ("%.0g", &[A::F("0.5")], "0.5"),
        ("%#.3x", &[A::I("5")], "0x005"),
        ("%c%c", &[A::I("104"), A::S("i")], "hi"),
        ("%d", &[A::I("1")], "1"),
        ("%5s|%-5s|", &[A::S("a"), A::S("b")], "    a|b    |"),
    ];
    type MapArgs = &'static [(&'static str, A)];
    const PCT_MAP: &[(&str, MapArgs, &str)] = &[
        ("%(a)s-%(b)d", &[("a", A::S("x")), ("b", A::I("3"))], "x-3"),
        ("%(a", &[], "ERR:incomplete format key"),
        ("%(a)", &[("a", A::I("1"))], "ERR:incomplete format"),
        (
            "%(a)%",
            &[("a", A::I("1"))],
            "ERR:unsupported format character '%' (0x25) at index 4",
        ),
        ("%(x(y))s", &[("x(y)", A::I("1"))], "1"),
    ];

    #[test]
    fn float_repr_matches_cpython() {
        for &(x, want) in REPR {
            assert_eq!(float_repr(float(x)), want, "repr({x})");
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        for &(v, spec, want) in INT {
            assert_eq!(
                show(format_int_spec(&big(v), spec, "int")),
                want,
                "format({v}, {spec:?})"
            );
        }
    }

    #[test]
    fn format_float_matches_cpython() {
        for &(x, spec, want) in FLOAT {
            let got = show(format_float_spec(float(x), spec, "float"));
            assert_eq!(got, want, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn format_str_matches_cpython() {
        for &(s, spec, want) in STR {
            assert_eq!(
                show(format_str_spec(s, spec, "str")),
                want,
                "format({s:?}, {spec:?})"
            );
        }
    }

    #[test]
    fn percent_matches_cpython() {
        for (fmt, args, want) in PCT {
            assert_eq!(show(percent(fmt, args, &[])), *want, "{fmt:?} % ...");
        }
        for (fmt, map, want) in PCT_MAP {
            assert_eq!(show(percent(fmt, &[], map)), *want, "{fmt:?} % {{...}}");
        }
    }

    #[test]
    fn absurd_widths_are_rejected() {
        let too_many = Err("Too many decimal digits in format string".to_string());
        // CPython's bound is sys.maxsize; a width below it that cannot be
        // had is a MemoryError when formatting.
        assert_eq!(parse_format_spec(">9223372036854775808"), too_many);
        assert_eq!(parse_format_spec(".99999999999999999999999"), too_many);
        assert!(parse_percent_spec("%99999999999999999999d", 1).is_err());
        assert_eq!(
            parse_format_spec(">9223372036854775807").map(|s| s.width),
            Ok(Some(9_223_372_036_854_775_807))
        );
    }

    #[test]
    fn parse_format_spec_fields() {
        let spec = parse_format_spec("*^+z#012_.3f").expect("valid spec");
        assert_eq!(
            spec,
            FormatSpec {
                fill: Some('*'),
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        assert!(parse_format_spec("08").expect("valid").zero);
    }
}
