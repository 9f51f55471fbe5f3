//! Tokenizer: a logos lexer for raw tokens, wrapped in a layout pass that
//! turns line structure into NEWLINE / INDENT / DEDENT.

use crate::ast::Span;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::literals::{self, Decoded};
use crate::parser::earlier_error;
use crate::token::{keyword, StrTok, Tok};
use logos::Logos;
use std::rc::Rc;

pub type Spanned = (usize, Tok, usize);

/// CPython's limits: bracket nesting (parser), indentation levels (tokenizer).
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;
/// Operators in one expression (between commas) before we call it too
/// complex: bounds the depth of every tree the parser can build.
const MAX_OPERATORS: usize = 1000;

/// How a string literal scan ended.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct StrScan {
    terminated: bool,
    triple: bool,
    prefix_len: usize,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\r|\n)")]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    // Non-ASCII characters are checked against XID_Start/XID_Continue later.
    #[regex(r"[_a-zA-Z\u{80}-\u{10FFFF}][_a-zA-Z0-9\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"0[xXoObB][0-9a-zA-Z_]*")]
    Prefixed,
    #[regex(r"([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)([eE][+-]?[0-9_]*)?[jJ]?")]
    Decimal,
    #[regex(r#"([rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?['"]"#, scan_string)]
    Str(StrScan),
    #[regex(r"\+|-|\*\*?|//?|%|@|<<|>>|&|\||\^|~|:=|<|>|<=|>=|==|!=|\(|\)|\[|\]|\{|\}|,|:|\.|;|=|->|\+=|-=|\*=|/=|//=|%=|@=|&=|\|=|\^=|>>=|<<=|\*\*=|\.\.\.")]
    Op,
}

/// Finds the end of a string literal whose prefix and opening quote were
/// just matched. Unterminated strings are reported by the caller.
fn scan_string(lex: &mut logos::Lexer<Raw>) -> StrScan {
    let slice = lex.slice();
    let quote = slice.as_bytes()[slice.len() - 1];
    let prefix_len = slice.len() - 1;
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let b = rest[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if !triple && (b == b'\n' || b == b'\r') {
            lex.bump(i);
            return StrScan {
                terminated: false,
                triple,
                prefix_len,
            };
        }
        if b == quote {
            if !triple {
                lex.bump(i + 1);
                return StrScan {
                    terminated: true,
                    triple,
                    prefix_len,
                };
            }
            if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return StrScan {
                    terminated: true,
                    triple,
                    prefix_len,
                };
            }
        }
        i += 1;
    }
    lex.bump(rest.len());
    StrScan {
        terminated: false,
        triple,
        prefix_len,
    }
}

/// Operator spellings as `'static` strings for `Tok::Op`.
const OPS: &[&str] = &[
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=",
    ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "+=", "-=",
    "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "...",
];

/// Which layout rules apply.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Files and interactive input: full indentation handling.
    File,
    /// `eval()` input: no indentation, NEWLINE at line ends.
    Expression,
    /// An f-string field: as if inside parentheses.
    Field,
}

/// Line number (1-based) of a byte offset.
pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    src.as_bytes()[..pos.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn err(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    SyntaxError::new(msg, Span::new(start, end))
}

fn indent_err(kind: SyntaxErrorKind, msg: &str, start: usize, end: usize) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.to_string(),
        span: Span::new(start, end),
    }
}

/// The full token stream of a file, after the layout pass.
pub fn tokenize(source: &str) -> Result<Vec<Spanned>, SyntaxError> {
    lex(source, 0, source.len(), Mode::File)
}

/// Tokenizes `src[start..end]`, with spans relative to the whole `src`.
pub(crate) fn lex(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
) -> Result<Vec<Spanned>, SyntaxError> {
    match lex_prefix(src, start, end, mode) {
        (tokens, None) => Ok(tokens),
        (_, Some(e)) => Err(e),
    }
}

/// Lex as far as possible: the tokens before the first error, and the
/// error. The parser uses the prefix to report an earlier syntax error
/// first, as CPython's incremental tokenizer does.
pub(crate) fn lex_prefix(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
) -> (Vec<Spanned>, Option<SyntaxError>) {
    let mut layout = Layout::new(src, mode);
    let mut raw = Raw::lexer(&src[start..end]);
    // A decimal literal past the digit limit is the error of CPython's
    // parser, which then tokenizes the rest of the source, where a
    // tokenizer error takes precedence. So lexing goes on, a zero standing
    // in for the literal; the tokens before it are the prefix.
    let mut too_long: Option<(SyntaxError, usize)> = None;
    while let Some(r) = raw.next() {
        let span = raw.span();
        let (s, e) = (span.start + start, span.end + start);
        let step = match r {
            Ok(r) => match convert(src, r, s, e, end) {
                Ok(None) => layout.newline(s, e),
                Ok(Some(tok)) => layout.token(s, tok, e),
                Err(err) if literals::is_digit_limit_error(&err) => {
                    too_long.get_or_insert((err, layout.out.len()));
                    layout.token(s, Tok::Int(0), e)
                }
                Err(err) => Err(err),
            },
            Err(()) => Err(stray(src, s, end)),
        };
        if let Err(err) = step {
            return settle(src, std::mem::take(&mut layout.out), Some(err), too_long);
        }
    }
    if let Some(&(open, at)) = layout.brackets.last() {
        let e = err(format!("'{open}' was never closed"), at, at + 1);
        return settle(src, std::mem::take(&mut layout.out), Some(e), too_long);
    }
    let before = match &too_long {
        Some((_, keep)) => layout.out[..*keep].to_vec(),
        None => Vec::new(),
    };
    match layout.finish(end) {
        Ok(tokens) => settle(src, tokens, None, too_long),
        Err(e) => settle(src, before, Some(e), too_long),
    }
}

/// `lex_prefix`'s answer once lexing stopped with `error` (None at the
/// end): with a literal past the digit limit met earlier, the tokens
/// before it, and its error unless the later one takes precedence.
fn settle(
    src: &str,
    mut tokens: Vec<Spanned>,
    error: Option<SyntaxError>,
    too_long: Option<(SyntaxError, usize)>,
) -> (Vec<Spanned>, Option<SyntaxError>) {
    let Some((limit, keep)) = too_long else {
        return (tokens, error);
    };
    tokens.truncate(keep);
    let error = match error {
        Some(later) => earlier_error(src, limit, later),
        None => limit,
    };
    (tokens, Some(error))
}

/// The error for a character no token can start with.
fn stray(src: &str, s: usize, end: usize) -> SyntaxError {
    let c = src[s..].chars().next().unwrap_or(' ');
    match c {
        '\\' => err(
            "unexpected character after line continuation character",
            s,
            s + 1,
        ),
        // `\` at the very end of the input.
        _ if src[s..end].starts_with('\\') => err("unexpected EOF while parsing", s, s + 1),
        '$' | '?' | '`' | '!' => err("invalid syntax", s, s + 1),
        c if !printable(c) => err(
            format!("invalid non-printable character U+{:04X}", c as u32),
            s,
            s + c.len_utf8(),
        ),
        c => err(
            format!("invalid character '{c}' (U+{:04X})", c as u32),
            s,
            s + c.len_utf8(),
        ),
    }
}

/// Approximates Python's `str.isprintable` for one character: controls,
/// separators other than space, and common format characters are not.
fn printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

/// Turns a raw token into a `Tok` (None for a physical newline).
fn convert(src: &str, r: Raw, s: usize, e: usize, end: usize) -> Result<Option<Tok>, SyntaxError> {
    let text = &src[s..e];
    Ok(Some(match r {
        Raw::Newline => return Ok(None),
        Raw::Name => {
            for (i, c) in text.char_indices() {
                let ok = if i == 0 {
                    c == '_' || unicode_ident::is_xid_start(c)
                } else {
                    unicode_ident::is_xid_continue(c)
                };
                if !ok {
                    return Err(stray(src, s + i, end));
                }
            }
            keyword(text).unwrap_or_else(|| Tok::Name(Rc::from(text)))
        }
        Raw::Decimal => {
            number_end_check(src, e, end)?;
            literals::decimal(text).map_err(|(m, at)| err(m, s + at, s + at + 1))?
        }
        Raw::Prefixed => literals::prefixed(text).map_err(|(m, at)| err(m, s + at, s + at + 1))?,
        Raw::Str(scan) => string(src, text, scan, s, e, end)?,
        Raw::Op => match OPS.iter().find(|&&o| o == text) {
            Some(op) => Tok::Op(op),
            None => return Err(err("invalid syntax", s, e)),
        },
    }))
}

/// `1abc` is an invalid decimal literal, but `1if x else y` is allowed.
fn number_end_check(src: &str, e: usize, end: usize) -> Result<(), SyntaxError> {
    let rest = &src[e..end];
    let word: &str = {
        let n = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        &rest[..n]
    };
    if word.is_empty() {
        return Ok(());
    }
    let kw_ok = ["and", "else", "for", "if", "in", "is", "not", "or"]
        .iter()
        .any(|k| word.starts_with(k));
    if kw_ok {
        return Ok(());
    }
    let what = if src[..e].ends_with(['j', 'J']) {
        "invalid imaginary literal"
    } else {
        "invalid decimal literal"
    };
    Err(err(what, e - 1, e))
}

fn string(
    src: &str,
    text: &str,
    scan: StrScan,
    s: usize,
    e: usize,
    end: usize,
) -> Result<Tok, SyntaxError> {
    if !scan.terminated {
        let msg = if scan.triple {
            let line = src[..end].lines().count().max(1);
            format!("unterminated triple-quoted string literal (detected at line {line})")
        } else {
            let line = line_of(src, s);
            format!("unterminated string literal (detected at line {line})")
        };
        return Err(err(msg, s, s + 1));
    }
    let p = literals::prefix(&text[..scan.prefix_len]);
    let q = if scan.triple { 3 } else { 1 };
    let (cs, ce) = (s + scan.prefix_len + q, e - q);
    let value = if p.fstring {
        StrTok::FStr {
            raw: p.raw,
            content: (cs, ce),
        }
    } else {
        match literals::decode(&src[cs..ce], p.raw, p.bytes) {
            Ok(Decoded::Str(v)) => StrTok::Str(v),
            Ok(Decoded::Bytes(v)) => StrTok::Bytes(v),
            Err((m, _)) => return Err(err(m, s, e)),
        }
    };
    Ok(Tok::Str {
        value,
        text: Rc::from(text),
    })
}

/// Operator-count bookkeeping for one bracket level.
#[derive(Default, Clone, Copy)]
struct Level {
    cur: usize,
    max: usize,
}

struct Layout<'s> {
    src: &'s str,
    mode: Mode,
    out: Vec<Spanned>,
    /// Indentation columns (tab size 8, tab size 1) of open blocks.
    indents: Vec<(usize, usize)>,
    /// Open brackets: the character and its offset.
    brackets: Vec<(char, usize)>,
    levels: Vec<Level>,
    line_has_tokens: bool,
    /// Where in `out` the current logical line's leading name `match`
    /// sits, while it may still turn out to head a match statement.
    match_at: Option<usize>,
    /// The line just ended was a match statement's header: an INDENT next
    /// opens its block of `case`s.
    after_match_header: bool,
    /// The depths of `indents` at which `case` blocks sit (innermost last).
    case_levels: Vec<usize>,
}

impl<'s> Layout<'s> {
    fn new(src: &'s str, mode: Mode) -> Self {
        Layout {
            src,
            mode,
            out: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            levels: vec![Level::default()],
            line_has_tokens: false,
            match_at: None,
            after_match_header: false,
            case_levels: Vec::new(),
        }
    }

    fn in_brackets(&self) -> bool {
        !self.brackets.is_empty() || self.mode == Mode::Field
    }

    fn newline(&mut self, s: usize, e: usize) -> Result<(), SyntaxError> {
        if !self.in_brackets() && self.line_has_tokens {
            self.end_of_line();
            self.out.push((s, Tok::Newline, e));
            self.line_has_tokens = false;
            self.levels[0] = Level::default();
        }
        Ok(())
    }

    /// Emits INDENT/DEDENT for the first token of a logical line.
    fn indentation(&mut self, s: usize) -> Result<(), SyntaxError> {
        let line_start = self.src[..s].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let (mut col, mut alt) = (0usize, 0usize);
        for b in self.src[line_start..s].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                // A continuation line: not an indentation.
                _ => return Ok(()),
            }
        }
        let tab_err = || {
            indent_err(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                s,
            )
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_err());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_err());
            }
            if self.indents.len() > MAX_INDENT {
                return Err(indent_err(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                    s,
                ));
            }
            self.indents.push((col, alt));
            self.out.push((line_start, Tok::Indent, s));
        } else {
            // The levels this line closes; checked before any DEDENT is
            // emitted, so a bad line adds no tokens (as in CPython).
            let keep = self
                .indents
                .iter()
                .rposition(|&(c, _)| c <= col)
                .map_or(0, |i| i + 1);
            let &(top, top_alt) = self.indents[..keep].last().unwrap_or(&(0, 0));
            if top != col {
                return Err(indent_err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line_start,
                    s,
                ));
            }
            if top_alt != alt {
                return Err(tab_err());
            }
            while self.indents.len() > keep {
                self.indents.pop();
                self.out.push((s, Tok::Dedent, s));
            }
        }
        Ok(())
    }

    fn token(&mut self, s: usize, tok: Tok, e: usize) -> Result<(), SyntaxError> {
        let tok = if !self.line_has_tokens && !self.in_brackets() && self.mode == Mode::File {
            self.indentation(s)?;
            self.line_head(tok)
        } else {
            if let Some(at) = self.match_at {
                if at + 1 == self.out.len() && self.brackets.is_empty() {
                    self.second_on_match_line(&tok);
                }
            }
            tok
        };
        self.line_has_tokens = true;
        self.count_operator(&tok, s, e)?;
        if let Tok::Op(op) = tok {
            match op {
                "(" | "[" | "{" => {
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(err("too many nested parentheses", s, e));
                    }
                    self.brackets.push((op.chars().next().unwrap_or('('), s));
                    self.levels.push(Level::default());
                }
                ")" | "]" | "}" => self.close(op, s, e)?,
                _ => {}
            }
        }
        self.out.push((s, tok, e));
        Ok(())
    }

    /// The first token of a logical line (after its INDENT/DEDENTs): the
    /// soft keywords are recognized here. `case` is a keyword at the head
    /// of a line directly inside a match statement (nothing else may stand
    /// there); `match` heading a line may start a match statement, decided
    /// by what follows (`second_on_match_line`, `end_of_line`).
    fn line_head(&mut self, tok: Tok) -> Tok {
        let depth = self.indents.len();
        if std::mem::take(&mut self.after_match_header)
            && matches!(self.out.last(), Some((_, Tok::Indent, _)))
        {
            self.case_levels.push(depth);
        }
        while self.case_levels.last().is_some_and(|&l| l > depth) {
            self.case_levels.pop();
        }
        match &tok {
            Tok::Name(n) if &**n == "case" && self.case_levels.last() == Some(&depth) => Tok::Case,
            Tok::Name(n) if &**n == "match" => {
                self.match_at = Some(self.out.len());
                tok
            }
            _ => tok,
        }
    }

    /// The token after a line's leading `match`: a name, a literal, `{`,
    /// `~`, or an expression keyword (`match x`, `match not_a_call`) can
    /// never continue an expression statement that starts with the name
    /// `match`, so the line is a match statement.
    fn second_on_match_line(&mut self, tok: &Tok) {
        let statement =
            tok.is_operand() || matches!(tok, Tok::Lambda | Tok::Await | Tok::Op("{" | "~"));
        if statement {
            self.make_match();
        }
    }

    /// A logical line ends. One that starts with the name `match` and ends
    /// with `:` outside brackets is a match statement's header: no
    /// expression statement ends with a colon.
    fn end_of_line(&mut self) {
        if let Some(at) = self.match_at.take() {
            if matches!(self.out.last(), Some((_, Tok::Op(":"), _))) {
                if let Some(slot) = self.out.get_mut(at) {
                    slot.1 = Tok::Match;
                }
            }
            self.after_match_header = matches!(self.out.get(at), Some((_, Tok::Match, _)));
        }
    }

    fn make_match(&mut self) {
        if let Some(at) = self.match_at {
            if let Some(slot) = self.out.get_mut(at) {
                slot.1 = Tok::Match;
            }
        }
    }

    /// Bounds expression depth: every operator-like token counts at its
    /// bracket level; commas start a sibling expression.
    fn count_operator(&mut self, tok: &Tok, s: usize, e: usize) -> Result<(), SyntaxError> {
        let counts = match tok {
            Tok::Op(",") | Tok::Op(";") | Tok::Op("=") => {
                if let Some(l) = self.levels.last_mut() {
                    l.cur = 0;
                }
                false
            }
            Tok::Op(")") | Tok::Op("]") | Tok::Op("}") => false,
            Tok::Op(_)
            | Tok::Not
            | Tok::And
            | Tok::Or
            | Tok::If
            | Tok::Else
            | Tok::Lambda
            | Tok::In
            | Tok::Is
            | Tok::For
            | Tok::Yield
            | Tok::Await => true,
            _ => false,
        };
        if let Some(l) = self.levels.last_mut() {
            if counts {
                l.cur += 1;
                l.max = l.max.max(l.cur);
                if l.cur > MAX_OPERATORS {
                    return Err(err("expression too complex", s, e));
                }
            }
        }
        Ok(())
    }

    fn close(&mut self, op: &str, s: usize, e: usize) -> Result<(), SyntaxError> {
        let close = op.chars().next().unwrap_or(')');
        let Some((open, at)) = self.brackets.pop() else {
            return Err(err(format!("unmatched '{close}'"), s, e));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if close != expected {
            let (l1, l2) = (line_of(self.src, at), line_of(self.src, s));
            let on_line = if l1 != l2 {
                format!(" on line {l1}")
            } else {
                String::new()
            };
            return Err(err(
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'{on_line}"),
                s,
                e,
            ));
        }
        // The bracketed expression is one operand of its parent.
        let inner = self.levels.pop().unwrap_or_default();
        if let Some(l) = self.levels.last_mut() {
            l.cur += inner.max;
            l.max = l.max.max(l.cur);
            if l.cur > MAX_OPERATORS {
                return Err(err("expression too complex", s, e));
            }
        }
        Ok(())
    }

    fn finish(mut self, end: usize) -> Result<Vec<Spanned>, SyntaxError> {
        if let Some(&(open, at)) = self.brackets.last() {
            return Err(err(format!("'{open}' was never closed"), at, at + 1));
        }
        if self.line_has_tokens && self.mode != Mode::Field {
            self.end_of_line();
            self.out.push((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.out.push((end, Tok::Dedent, end));
        }
        Ok(self.out)
    }
}
