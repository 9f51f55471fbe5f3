//! `--tokens`: the token stream in the notation of `python3 -m tokenize`
//! (positions `line,col-line,col`, the type, the text as a Python repr),
//! with the tokens the parser never sees (COMMENT, NL, ENDMARKER) put back
//! where they are in the source, and pyslot's own INDENT/DEDENT.

use pyslot_grammar::Tok;

use crate::runtime::source::Source;

/// One token as `python3 -m tokenize` shows it.
struct Shown {
    start: usize,
    end: usize,
    kind: &'static str,
    text: String,
}

/// The listing for a whole program, or the syntax error that stops it.
pub(crate) fn listing(source: &Source) -> Result<String, pyslot_grammar::SyntaxError> {
    let text = &source.text;
    let tokens = pyslot_grammar::tokenize(text)?;
    let mut shown = Vec::new();
    let mut pos = 0;
    for (start, tok, end) in tokens {
        gap(text, pos, start, &mut shown);
        let (kind, end) = match tok {
            Tok::Name(_) => ("NAME", end),
            Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Complex(_) => ("NUMBER", end),
            Tok::Str { .. } => ("STRING", end),
            Tok::Op(_) => ("OP", end),
            // The newline character itself ('' at the very end of a file
            // that has none).
            Tok::Newline => ("NEWLINE", start + newline_len(text, start)),
            Tok::Indent => ("INDENT", end),
            Tok::Dedent => ("DEDENT", start),
            Tok::StartModule | Tok::StartInteractive | Tok::StartExpression => continue,
            _ => ("NAME", end),
        };
        shown.push(Shown {
            start,
            end,
            kind,
            text: text.get(start..end).unwrap_or("").to_string(),
        });
        pos = pos.max(end);
    }
    gap(text, pos, text.len(), &mut shown);
    shown.push(Shown {
        start: text.len(),
        end: text.len(),
        kind: "ENDMARKER",
        text: String::new(),
    });
    let mut out = format!("{:<20}{:<15}{:<15}\n", "0,0-0,0:", "ENCODING", "'utf-8'");
    for t in shown {
        let (l1, c1) = line_col(source, t.start);
        // A newline token ends on its own line, one past its start.
        let (l2, c2) = if t.text.ends_with('\n') {
            (l1, c1 + t.text.chars().count())
        } else {
            line_col(source, t.end)
        };
        let place = format!("{l1},{c1}-{l2},{c2}:");
        let repr = crate::interp::repr::str_repr(&t.text);
        out.push_str(&format!("{place:<20}{:<15}{repr:<15}\n", t.kind));
    }
    Ok(out)
}

/// Comments and the newlines of blank lines, comment lines and lines inside
/// brackets (NL), in `text[from..to]`, a stretch between two tokens.
fn gap(text: &str, from: usize, to: usize, shown: &mut Vec<Shown>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        match bytes[i] {
            b'#' => {
                let end = text[i..to].find(['\r', '\n']).map_or(to, |n| i + n);
                shown.push(Shown {
                    start: i,
                    end,
                    kind: "COMMENT",
                    text: text[i..end].to_string(),
                });
                i = end;
            }
            b'\n' | b'\r' => {
                let len = newline_len(text, i);
                // A backslash joins the lines: no token for that newline.
                if i == 0 || bytes[i - 1] != b'\\' {
                    shown.push(Shown {
                        start: i,
                        end: i + len,
                        kind: "NL",
                        text: text[i..i + len].to_string(),
                    });
                }
                i += len;
            }
            _ => i += 1,
        }
    }
}

fn newline_len(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(b'\r') if text.as_bytes().get(at + 1) == Some(&b'\n') => 2,
        Some(b'\r' | b'\n') => 1,
        _ => 0,
    }
}

/// 1-based line and 0-based column, counting the end of the text as the
/// start of the line after a final newline.
fn line_col(source: &Source, at: usize) -> (usize, usize) {
    // Saturating past 4 GiB, as spans do.
    let at = u32::try_from(at.min(source.text.len())).unwrap_or(u32::MAX);
    (source.line_of(at), source.column_of(at))
}
