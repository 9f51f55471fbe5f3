//! Number and string literal decoding (the text is already cut out by the lexer).

use crate::error::SyntaxError;
use crate::int_parse::parse_digits;
use crate::str_digits;
use crate::token::Tok;
use num_bigint::BigInt;

/// Decodes a decimal int, float or imaginary literal. On error returns the
/// message and the byte offset (in `text`) to blame.
pub(crate) fn decimal(text: &str) -> Result<Tok, (String, usize)> {
    let invalid = |at: usize| Err(("invalid decimal literal".to_string(), at));
    let bytes = text.as_bytes();
    // Underscores may only separate digits.
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let ok_before = i > 0 && bytes[i - 1].is_ascii_digit();
            let ok_after = bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !ok_before || !ok_after {
                return invalid(i);
            }
        }
    }
    let (body, imag) = match text.strip_suffix(['j', 'J']) {
        Some(b) => (b, true),
        None => (text, false),
    };
    if let Some(e) = body.find(['e', 'E']) {
        let exp = body[e + 1..].trim_start_matches(['+', '-']);
        if exp.is_empty() {
            return invalid(e);
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    let is_float = body.contains(['.', 'e', 'E']);
    if imag || is_float {
        let Ok(v) = clean.parse::<f64>() else {
            return invalid(0);
        };
        return Ok(if imag { Tok::Complex(v) } else { Tok::Float(v) });
    }
    if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err((
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers"
                .to_string(),
            0,
        ));
    }
    if let Ok(v) = clean.parse::<i64>() {
        return Ok(Tok::Int(v));
    }
    // As CPython's, the limit in force when the source is compiled, and
    // only for a value past a machine int (`000...0` of any length passes).
    if str_digits::exceeds_limit(clean.len()) {
        let msg = str_digits::limit_message(Some(clean.len())) + DIGIT_LIMIT_HINT;
        return Err((msg, 0));
    }
    Ok(int_tok(&clean, 10))
}

/// How CPython ends the message for a decimal literal past the digit limit.
const DIGIT_LIMIT_HINT: &str =
    " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";

/// Whether a lexing error is a literal past the digit limit: in CPython
/// the parser's error, raised only when the parser gets that far.
pub(crate) fn is_digit_limit_error(e: &SyntaxError) -> bool {
    e.msg.ends_with(DIGIT_LIMIT_HINT)
}

/// The value of already checked digits.
fn int_tok(digits: &str, radix: u32) -> Tok {
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Tok::Int(v),
        Err(_) => match parse_digits(digits.as_bytes(), radix) {
            Some(v) => Tok::BigInt(BigInt::from(v)),
            None => Tok::Int(0),
        },
    }
}

/// Decodes `0x...`, `0o...`, `0b...`.
pub(crate) fn prefixed(text: &str) -> Result<Tok, (String, usize)> {
    let (radix, name) = match text.as_bytes()[1] {
        b'x' | b'X' => (16, "hexadecimal"),
        b'o' | b'O' => (8, "octal"),
        _ => (2, "binary"),
    };
    let body = &text[2..];
    let bytes = body.as_bytes();
    let invalid = |at: usize| Err((format!("invalid {name} literal"), at));
    if body.is_empty() {
        return invalid(1);
    }
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            // `0x_1` is fine: an underscore may follow the prefix.
            let ok_after = bytes.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric());
            let ok_before = i == 0 || bytes[i - 1] != b'_';
            if !ok_after || !ok_before {
                return invalid(i + 2);
            }
        } else if !(b as char).is_digit(radix) {
            if radix != 16 && b.is_ascii_digit() {
                return Err((
                    format!("invalid digit '{}' in {name} literal", b as char),
                    i + 2,
                ));
            }
            return invalid(i + 2);
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    Ok(int_tok(&clean, radix))
}

/// What a string prefix says.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

pub(crate) fn prefix(p: &str) -> Prefix {
    let mut out = Prefix::default();
    for c in p.chars() {
        match c.to_ascii_lowercase() {
            'r' => out.raw = true,
            'b' => out.bytes = true,
            'f' => out.fstring = true,
            _ => {}
        }
    }
    out
}

/// Output of escape decoding: text for `str`, raw bytes for `bytes`.
pub(crate) enum Decoded {
    Str(String),
    Bytes(Vec<u8>),
}

/// Decodes the escapes of a literal body. Errors give a message and the
/// offset in `body` of the bad escape.
pub(crate) fn decode(body: &str, raw: bool, bytes: bool) -> Result<Decoded, (String, usize)> {
    if bytes {
        if let Some(i) = body.find(|c: char| !c.is_ascii()) {
            return Err((
                "bytes can only contain ASCII literal characters".to_string(),
                i,
            ));
        }
    }
    if raw {
        return Ok(if bytes {
            Decoded::Bytes(body.as_bytes().to_vec())
        } else {
            Decoded::Str(body.to_string())
        });
    }
    // Decode into code points (bytes literals use values < 256).
    let mut out: Vec<u32> = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\' as u32);
            break;
        };
        let simple = match e {
            '\n' => Some(None),
            '\r' => {
                if chars.peek().is_some_and(|&(_, c)| c == '\n') {
                    chars.next();
                }
                Some(None)
            }
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch.map(|c| c as u32));
            continue;
        }
        match e {
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(if bytes { v & 0xff } else { v });
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            let msg = if bytes {
                                format!("(value error) invalid \\x escape at position {i}")
                            } else {
                                format!(
                                    "(unicode error) 'unicodeescape' codec can't decode bytes in \
                                     position {i}-{}: truncated \\{}{} escape",
                                    i + 1 + k,
                                    e,
                                    "X".repeat(n)
                                )
                            };
                            return Err((msg, i));
                        }
                    }
                }
                if v > 0x10ffff {
                    return Err((
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in \
                             position {i}-{}: illegal Unicode character",
                            i + 1 + n
                        ),
                        i,
                    ));
                }
                out.push(v);
            }
            'N' if !bytes => {
                let rest = &body[i + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                let ch = name.and_then(char_by_name);
                match (name, ch) {
                    (Some(name), Some(ch)) => {
                        out.push(ch as u32);
                        // Skip `{name}`.
                        for _ in 0..name.chars().count() + 2 {
                            chars.next();
                        }
                    }
                    _ => {
                        let end = i + 1 + name.map_or(0, |n| n.len() + 2);
                        let why = if name.is_some() {
                            "unknown Unicode character name"
                        } else {
                            "malformed \\N character escape"
                        };
                        return Err((
                            format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in \
                                 position {i}-{end}: {why}"
                            ),
                            i,
                        ));
                    }
                }
            }
            // Unknown escapes stay as written (CPython only warns).
            _ => {
                out.push('\\' as u32);
                out.push(e as u32);
            }
        }
    }
    Ok(if bytes {
        // Every value is a byte: ASCII text, `\xNN`, or an octal escape masked to 0xff.
        #[allow(clippy::cast_possible_truncation)]
        let bytes = out.into_iter().map(|v| v as u8).collect();
        Decoded::Bytes(bytes)
    } else {
        // Lone surrogates cannot live in a Rust string: use U+FFFD.
        Decoded::Str(
            out.into_iter()
                .map(|v| char::from_u32(v).unwrap_or('\u{fffd}'))
                .collect(),
        )
    })
}

/// `\N{...}`: the full Unicode name table (CPython accepts any name,
/// case-insensitively, and name aliases).
fn char_by_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}
