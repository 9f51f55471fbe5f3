//! String literal concatenation and f-string field parsing. Each field's
//! expression is parsed by the ordinary expression parser on its slice of
//! the source, so spans come out right without any fix-up.

use crate::actions::e;
use crate::ast::*;
use crate::error::SyntaxError;
use crate::literals::{decode, Decoded};
use crate::token::StrTok;
use std::rc::Rc;

type R<T> = Result<T, SyntaxError>;

/// Fields may nest in format specs only this deep (CPython's limit).
const MAX_SPEC_DEPTH: usize = 2;

fn fail<T>(msg: impl Into<String>, at: usize, end: usize) -> R<T> {
    Err(SyntaxError::new(msg, Span::new(at, end)))
}

/// Joins adjacent string literals into one constant or f-string.
pub(crate) fn strings(src: &str, parts: Vec<StrTok>, l: usize, r: usize) -> R<Expr> {
    let bytes = parts
        .iter()
        .filter(|p| matches!(p, StrTok::Bytes(_)))
        .count();
    if bytes != 0 && bytes != parts.len() {
        return fail("cannot mix bytes and nonbytes literals", l, r);
    }
    if bytes != 0 {
        let mut out = Vec::new();
        for p in parts {
            if let StrTok::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(e(ExprKind::Constant(Constant::Bytes(Rc::from(out))), l, r));
    }
    if !parts.iter().any(|p| matches!(p, StrTok::FStr { .. })) {
        let mut s = String::new();
        for p in parts {
            if let StrTok::Str(t) = p {
                s.push_str(&t);
            }
        }
        return Ok(e(ExprKind::Constant(Constant::Str(Rc::from(s))), l, r));
    }
    let mut out: Vec<FStringPart> = Vec::new();
    for p in parts {
        match p {
            StrTok::Str(t) => push_literal(&mut out, &t),
            StrTok::FStr { raw, content } => {
                let (fparts, _) = parse_parts(src, content.0, content.1, raw, 0, false)?;
                for fp in fparts {
                    match fp {
                        FStringPart::Literal(t) => push_literal(&mut out, &t),
                        other => out.push(other),
                    }
                }
            }
            StrTok::Bytes(_) => {}
        }
    }
    Ok(e(ExprKind::FString(out), l, r))
}

/// Appends literal text, merging it with a preceding literal.
fn push_literal(out: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = out.last_mut() {
        *prev = Rc::from(format!("{prev}{text}"));
        return;
    }
    out.push(FStringPart::Literal(Rc::from(text)));
}

/// Parses literal text and fields in `src[i..end]`. In a format spec
/// (`in_spec`), stops at the first unmatched `}` and returns its offset.
fn parse_parts(
    src: &str,
    mut i: usize,
    end: usize,
    raw: bool,
    depth: usize,
    in_spec: bool,
) -> R<(Vec<FStringPart>, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    // Undecoded literal text since the last field.
    let mut lit = String::new();
    let flush = |lit: &mut String, out: &mut Vec<FStringPart>, at: usize| -> R<()> {
        if !lit.is_empty() {
            match decode(lit, raw, false) {
                Ok(Decoded::Str(s)) => push_literal(out, &s),
                Ok(Decoded::Bytes(_)) => {}
                Err((m, _)) => return fail(m, at, at + 1),
            }
            lit.clear();
        }
        Ok(())
    };
    while i < end {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') && i + 1 < end && !in_spec => {
                lit.push('{');
                i += 2;
            }
            b'{' => {
                flush(&mut lit, &mut out, i)?;
                let (part, next) = field(src, i, end, raw, depth)?;
                out.push(part);
                i = next;
            }
            b'}' if in_spec => {
                flush(&mut lit, &mut out, i)?;
                return Ok((out, i));
            }
            b'}' if b.get(i + 1) == Some(&b'}') && i + 1 < end => {
                lit.push('}');
                i += 2;
            }
            b'}' => return fail("f-string: single '}' is not allowed", i, i + 1),
            b'\\' if !raw && src[i..end].starts_with("\\N{") => {
                // `\N{NAME}`: the braces belong to the escape.
                let close = src[i..end].find('}').map_or(end, |k| i + k + 1);
                lit.push_str(&src[i..close]);
                i = close;
            }
            b'\\' if !raw && i + 1 < end => {
                let len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                lit.push_str(&src[i..i + 1 + len]);
                i += 1 + len;
            }
            _ => {
                let c = src[i..].chars().next().unwrap_or(' ');
                lit.push(c);
                i += c.len_utf8();
            }
        }
    }
    flush(&mut lit, &mut out, i)?;
    if in_spec {
        return fail("f-string: expecting '}'", i, i);
    }
    Ok((out, i))
}

/// Parses one `{expr[=][!c][:spec]}` field starting at the `{` at `start`;
/// returns the part and the offset after the closing `}`.
fn field(src: &str, start: usize, end: usize, raw: bool, depth: usize) -> R<(FStringPart, usize)> {
    let b = src.as_bytes();
    if depth >= MAX_SPEC_DEPTH {
        return fail("f-string: expressions nested too deeply", start, start + 1);
    }
    let expr_start = start + 1;
    let mut i = expr_start;
    let mut nest = 0usize;
    let mut quote: Option<u8> = None;
    // Find where the expression ends.
    while i < end {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => nest += 1,
            b')' | b']' | b'}' if nest > 0 => nest -= 1,
            b'}' => break,
            b')' | b']' => return fail(format!("f-string: unmatched '{}'", c as char), i, i + 1),
            b'\\' => {
                return fail(
                    "f-string expression part cannot include a backslash",
                    i,
                    i + 1,
                )
            }
            b'#' => return fail("f-string expression part cannot include '#'", i, i + 1),
            b'!' if nest == 0 && b.get(i + 1) != Some(&b'=') => break,
            b':' if nest == 0 => break,
            b'=' if nest == 0
                && b.get(i + 1) != Some(&b'=')
                && !matches!(b[i - 1], b'=' | b'!' | b'<' | b'>') =>
            {
                break
            }
            _ => {}
        }
        i += 1;
    }
    if i >= end {
        return fail("f-string: expecting '}'", start, start + 1);
    }
    let expr_end = i;
    if src[expr_start..expr_end].trim().is_empty() {
        return fail("f-string: empty expression not allowed", start, i + 1);
    }
    let value = crate::parser::parse_field(src, expr_start, expr_end).map_err(|mut err| {
        if !err.msg.starts_with("f-string") {
            err.msg = format!("f-string: {}", err.msg);
        }
        err
    })?;
    let mut debug_text = None;
    if b[i] == b'=' {
        i += 1;
        while i < end && b[i].is_ascii_whitespace() {
            i += 1;
        }
        debug_text = Some(Rc::from(&src[expr_start..i]));
    }
    let mut conversion = None;
    if i < end && b[i] == b'!' {
        match b.get(i + 1) {
            Some(&c @ (b'r' | b's' | b'a')) if i + 1 < end => conversion = Some(c as char),
            _ => {
                return fail(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    i,
                    i + 2,
                )
            }
        }
        i += 2;
    }
    let mut format_spec = None;
    if i < end && b[i] == b':' {
        let (spec, next) = parse_parts(src, i + 1, end, raw, depth + 1, true)?;
        format_spec = Some(spec);
        i = next;
    }
    if i >= end || b[i] != b'}' {
        return fail("f-string: expecting '}'", start, start + 1);
    }
    if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
        conversion = Some('r');
    }
    Ok((
        FStringPart::Expr {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        },
        i + 1,
    ))
}
