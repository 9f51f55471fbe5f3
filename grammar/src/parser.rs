//! Entry points: tokens in, syntax tree out, with CPython's error messages.

use crate::actions::Top;
use crate::ast::{Expr, Span, Stmt};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{lex, lex_prefix, line_of, Mode, Spanned};
use crate::literals;
use crate::token::Tok;
use lalrpop_util::{lalrpop_mod, ParseError};

lalrpop_mod!(
    // Generated code: its `pub` items are lalrpop's, not ours to narrow.
    #[allow(clippy::all, clippy::pedantic, unused, unused_parens, unreachable_pub)]
    python
);

/// Parses a whole file.
pub fn parse_module(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    match run(source, 0, source.len(), Mode::File, Tok::StartModule)? {
        Top::Stmts(s) => Ok(s),
        Top::Expr(_) => Ok(vec![]),
    }
}

/// Parses one REPL input: a single (possibly compound) statement.
pub fn parse_interactive(source: &str) -> Result<Vec<Stmt>, SyntaxError> {
    match run(source, 0, source.len(), Mode::File, Tok::StartInteractive)? {
        Top::Stmts(s) => Ok(s),
        Top::Expr(_) => Ok(vec![]),
    }
}

/// What the lines typed at the prompt so far amount to.
pub enum Interactive {
    /// A whole statement.
    Complete(Vec<Stmt>),
    /// The input stops where more is expected: an open bracket or
    /// triple-quoted string, a trailing backslash, a block header or
    /// decorator with nothing after it. The error is what CPython reports
    /// if the input ends here.
    Incomplete(SyntaxError),
    /// No further line can make it valid.
    Invalid(SyntaxError),
}

/// Reads REPL input the way CPython's `codeop` decides whether to ask for
/// another line: the input is incomplete exactly when the tokens ran out
/// while the grammar still expected more.
pub fn parse_interactive_input(source: &str) -> Interactive {
    // A backslash ending the last line joins it to the next one.
    let body = source.strip_suffix('\n').unwrap_or(source);
    if body.ends_with('\\') && !body.ends_with("\\\\") {
        let at = body.len() - 1;
        return Interactive::Incomplete(SyntaxError::new(
            "unexpected EOF while parsing",
            Span::new(at, at + 1),
        ));
    }
    let err = match parse_interactive(source) {
        Ok(stmts) => return Interactive::Complete(stmts),
        Err(e) => e,
    };
    if err.continues_on_next_line() {
        return Interactive::Incomplete(err);
    }
    let ran_out = match lex(source, 0, source.len(), Mode::File) {
        Ok(tokens) => {
            // Only DEDENTs closing the open blocks follow the failure: the
            // block being typed has not got its body yet.
            let closing_only = |at: usize| {
                tokens
                    .iter()
                    .filter(|t| t.0 >= at)
                    .all(|t| t.1 == Tok::Dedent)
            };
            let stream = std::iter::once((0, Tok::StartInteractive, 0))
                .chain(tokens.iter().cloned())
                .map(Ok::<Spanned, SyntaxError>);
            match python::TopParser::new().parse(source, stream) {
                Err(ParseError::UnrecognizedEof { .. }) => true,
                Err(ParseError::UnrecognizedToken {
                    token: (at, Tok::Dedent, _),
                    ..
                }) => closing_only(at),
                _ => false,
            }
        }
        Err(_) => false,
    };
    if ran_out {
        Interactive::Incomplete(err)
    } else {
        Interactive::Invalid(err)
    }
}

/// Parses `eval()` input: an expression list.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    expr_of(run(
        source,
        0,
        source.len(),
        Mode::Expression,
        Tok::StartExpression,
    )?)
}

/// Parses the expression of an f-string field, `src[start..end]`.
pub(crate) fn parse_field(src: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    expr_of(run(src, start, end, Mode::Field, Tok::StartExpression)?)
}

fn expr_of(top: Top) -> Result<Expr, SyntaxError> {
    match top {
        Top::Expr(e) => Ok(e),
        Top::Stmts(_) => Err(SyntaxError::new("invalid syntax", Span::default())),
    }
}

fn run(src: &str, start: usize, end: usize, mode: Mode, marker: Tok) -> Result<Top, SyntaxError> {
    let interactive = marker == Tok::StartInteractive;
    let tokens = match lex_prefix(src, start, end, mode) {
        (tokens, None) => tokens,
        (prefix, Some(lex_error)) => {
            // A syntax error before the bad token is reported first.
            let stream = std::iter::once((start, marker.clone(), start))
                .chain(prefix)
                .map(Ok::<Spanned, SyntaxError>);
            let err = match python::TopParser::new().parse(src, stream) {
                Err(e @ ParseError::UnrecognizedToken { .. }) => {
                    convert_error(src, start, end, mode, interactive, e)
                }
                // An error found building the tree, before the bad token.
                Err(ParseError::User { error }) => error,
                _ => return Err(lex_error),
            };
            return Err(earlier_error(src, err, lex_error));
        }
    };
    let stream = std::iter::once((start, marker, start))
        .chain(tokens)
        .map(Ok::<Spanned, SyntaxError>);
    python::TopParser::new()
        .parse(src, stream)
        .map_err(|e| convert_error(src, start, end, mode, interactive, e))
}

/// A parse error met before a lexing error: which one CPython reports.
/// After a failed parse it tokenizes the rest of the text, and a tokenizer
/// error found there (not a bad indentation, not a stray `$`) or a bracket
/// left open on an earlier line wins over the parser's error.
pub(crate) fn earlier_error(src: &str, err: SyntaxError, lex_error: SyntaxError) -> SyntaxError {
    // "unexpected indent" is decided before that check.
    let unexpected_indent =
        err.kind == SyntaxErrorKind::IndentationError && err.msg.starts_with("unexpected");
    let unclosed = lex_error.msg.ends_with("was never closed");
    let tokenizer = lex_error.kind == SyntaxErrorKind::SyntaxError
        && !unclosed
        && lex_error.msg != "invalid syntax"
        && !literals::is_digit_limit_error(&lex_error);
    let earlier_unclosed = unclosed
        && line_of(src, lex_error.span.start as usize) < line_of(src, err.span.start as usize);
    if !unexpected_indent && (tokenizer || earlier_unclosed) {
        lex_error
    } else {
        err
    }
}

const HEADERS: &[(&str, &str)] = &[
    ("if", "'if' statement"),
    ("elif", "'elif' statement"),
    ("else", "'else' statement"),
    ("while", "'while' statement"),
    ("for", "'for' statement"),
    ("try", "'try' statement"),
    ("except", "'except' statement"),
    ("finally", "'finally' statement"),
    ("with", "'with' statement"),
    ("def", "function definition"),
    ("class", "class definition"),
    ("match", "'match' statement"),
    ("case", "'case' statement"),
];

/// The first token of the logical line before offset `at`: the keyword of
/// the compound statement header a block was expected after.
fn header_before(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    at: usize,
) -> Option<(Tok, usize)> {
    // The tokens before a later lexing error (an unclosed bracket, a bad
    // dedent) are enough: the parser stopped earlier.
    let (tokens, lex_error) = lex_prefix(src, start, end, mode);
    let idx = match tokens.iter().position(|t| t.0 >= at) {
        Some(i) => i,
        None if lex_error.is_none_or(|e| e.span.start as usize >= at) => tokens.len(),
        None => return None,
    };
    // Skip back over the header's NEWLINE, then to the line's start.
    let mut i = idx.checked_sub(1)?;
    if tokens[i].1 == Tok::Newline {
        i = i.checked_sub(1)?;
    }
    while i > 0 && !matches!(tokens[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        i -= 1;
    }
    Some((tokens[i].1.clone(), tokens[i].0))
}

/// For a `,` met in an `except` clause's header: the span CPython blames,
/// from the first exception type to the last before the `:`.
fn unparenthesized_except(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    at: usize,
) -> Option<Span> {
    let (kw, kw_at) = header_before(src, start, end, mode, at)?;
    if kw != Tok::Except {
        return None;
    }
    let tokens = lex(src, start, end, mode).ok()?;
    let i = tokens
        .iter()
        .position(|t| t.0 == kw_at && t.1 == Tok::Except)?;
    let first = tokens.get(i + 1)?;
    let last = tokens[i + 1..]
        .iter()
        .take_while(|t| !matches!(t.1, Tok::Op(":") | Tok::Newline | Tok::As))
        .last()?;
    Some(Span::new(first.0, last.2))
}

fn convert_error(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    interactive: bool,
    e: ParseError<usize, Tok, SyntaxError>,
) -> SyntaxError {
    let generic = |s: usize, e: usize| SyntaxError::new("invalid syntax", Span::new(s, e));
    let (s, tok, e2, expected) = match e {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => return generic(location, location + 1),
        ParseError::ExtraToken { token } => return generic(token.0, token.2),
        ParseError::UnrecognizedEof { location, expected } => (location, None, location, expected),
        ParseError::UnrecognizedToken { token, expected } => {
            (token.0, Some(token.1), token.2, expected)
        }
    };
    let expects = |t: &str| expected.iter().any(|x| x == t);
    if tok == Some(Tok::Indent) {
        return SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: "unexpected indent".into(),
            span: Span::new(s, e2),
        };
    }
    if expects("\"INDENT\"") {
        if let Some((kw, at)) = header_before(src, start, end, mode, s) {
            let what = kw
                .keyword_text()
                .and_then(|k| HEADERS.iter().find(|h| h.0 == k))
                .map_or("statement", |h| h.1);
            return SyntaxError {
                kind: SyntaxErrorKind::IndentationError,
                msg: format!(
                    "expected an indented block after {what} on line {}",
                    line_of(src, at)
                ),
                span: Span::new(s, e2),
            };
        }
    }
    if tok == Some(Tok::Newline) && expects("\":\"") {
        if let Some((kw, _)) = header_before(src, start, end, mode, e2) {
            if kw
                .keyword_text()
                .is_some_and(|k| HEADERS.iter().any(|h| h.0 == k))
            {
                return SyntaxError::new("expected ':'", Span::new(s, s));
            }
        }
    }
    // `except A, B:` (Python 2's form).
    if tok == Some(Tok::Op(",")) && expects("\":\"") {
        if let Some(span) = unparenthesized_except(src, start, end, mode, s) {
            return SyntaxError::new("multiple exception types must be parenthesized", span);
        }
    }
    // `def f[T]()`: type parameters came in Python 3.12.
    if tok == Some(Tok::Op("[")) && expects("\"(\"") {
        if let Some((Tok::Def, _)) = header_before(src, start, end, mode, s) {
            return SyntaxError::new("expected '('", Span::new(s, e2));
        }
    }
    let pattern = case_pattern(src, start, end, mode, s);
    if let Some(Some(err)) = pattern {
        return err;
    }
    // `{1: 2, 3}`: a set element in a dict display.
    if matches!(tok, Some(Tok::Op("}" | ","))) && expects("\":\"") && pattern.is_none() {
        return SyntaxError::new("':' expected after dictionary key", Span::new(s, e2));
    }
    if let Some(tok) = &tok {
        if let Some(err) = hint(src, start, end, mode, s, e2, tok, &expected) {
            return err;
        }
    }
    if interactive && expected.is_empty() {
        return SyntaxError::new(
            "multiple statements found while compiling a single statement",
            Span::new(s, e2),
        );
    }
    if pattern.is_some() {
        // Inside a `case` pattern CPython gives no hints of expressions.
        return generic(s, e2);
    }
    if let Some(tok) = &tok {
        if let Some(prev) = missing_comma(src, start, end, mode, s, tok) {
            return SyntaxError::new(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(prev, e2),
            );
        }
    }
    generic(s, e2)
}

/// For an error inside the pattern of a `case` (before its guard): the
/// error CPython's pattern rules give, when one applies, else `Some(None)`
/// (a plain "invalid syntax"); `None` outside patterns. CPython checks a
/// complex literal's parts as soon as it reads them, and blames a class
/// pattern's positional patterns that follow keyword ones (the first such
/// run), even when the parser stopped later.
fn case_pattern(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    at: usize,
) -> Option<Option<SyntaxError>> {
    let (tokens, _) = lex_prefix(src, start, end, mode);
    let idx = tokens.iter().position(|t| t.0 >= at)?;
    let mut head = idx;
    while head > 0 && !matches!(tokens[head - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        head -= 1;
    }
    if tokens.get(head).map(|t| &t.1) != Some(&Tok::Case) {
        return None;
    }
    let number = |i: usize| {
        matches!(
            tokens.get(i).map(|t| &t.1),
            Some(Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Complex(_))
        )
    };
    let blame = |msg: &str, i: usize| {
        Some(Some(SyntaxError::new(
            msg,
            Span::new(tokens[i].0, tokens[i].2),
        )))
    };
    /// An open bracket: whether it holds a class pattern's arguments, and
    /// what those showed so far.
    struct Open {
        class_args: bool,
        keyword_seen: bool,
        /// The positional patterns after a keyword one: first and last token.
        run: Option<(usize, usize)>,
        run_open: bool,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut misplaced: Option<(usize, usize)> = None;
    let mut arg_start = false;
    for i in head + 1..idx {
        let t = &tokens[i].1;
        // `real +/- imaginary`: in a pattern a number followed by a sign
        // can only start a complex literal.
        if number(i) && matches!(tokens[i + 1].1, Tok::Op("+" | "-")) && i + 1 < idx {
            if matches!(t, Tok::Complex(_)) {
                return blame("real number required in complex literal", i);
            }
            if i + 2 < idx && number(i + 2) && !matches!(tokens[i + 2].1, Tok::Complex(_)) {
                return blame("imaginary number required in complex literal", i + 2);
            }
        }
        if std::mem::take(&mut arg_start) {
            if let Some(o) = open.last_mut().filter(|o| o.class_args) {
                let keyword = matches!(t, Tok::Name(_))
                    && matches!(tokens.get(i + 1), Some((_, Tok::Op("="), _)));
                if keyword {
                    o.keyword_seen = true;
                    o.run_open = false;
                } else if o.keyword_seen && o.run.is_none() && *t != Tok::Op(")") {
                    o.run = Some((i, i));
                    o.run_open = true;
                }
            }
        }
        match t {
            Tok::If if open.is_empty() => return None,
            Tok::Op("(" | "[" | "{") => {
                let class_args = *t == Tok::Op("(") && matches!(tokens[i - 1].1, Tok::Name(_));
                for o in open.iter_mut().filter(|o| o.run_open) {
                    if let Some(run) = &mut o.run {
                        run.1 = i;
                    }
                }
                open.push(Open {
                    class_args,
                    keyword_seen: false,
                    run: None,
                    run_open: false,
                });
                arg_start = true;
                continue;
            }
            Tok::Op(")" | "]" | "}") => {
                if let Some(run) = open.pop().and_then(|o| o.run) {
                    misplaced = misplaced.or(Some(run));
                }
            }
            Tok::Op(",") => {
                arg_start = true;
                // The comma ends the innermost bracket's argument only.
                if let Some((_, outer)) = open.split_last_mut() {
                    for o in outer.iter_mut().filter(|o| o.run_open) {
                        if let Some(run) = &mut o.run {
                            run.1 = i;
                        }
                    }
                }
                continue;
            }
            _ => {}
        }
        for o in open.iter_mut().filter(|o| o.run_open) {
            if let Some(run) = &mut o.run {
                run.1 = i;
            }
        }
    }
    let run = misplaced.or_else(|| open.iter().find_map(|o| o.run));
    Some(run.map(|(first, last)| {
        SyntaxError::new(
            "positional patterns follow keyword patterns",
            Span::new(tokens[first].0, tokens[last].2),
        )
    }))
}

fn is_operand(t: &Tok) -> bool {
    t.is_operand()
}

/// CPython's hint for two juxtaposed operands inside brackets (`f(a b)`):
/// returns where the first operand starts.
fn missing_comma(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    at: usize,
    tok: &Tok,
) -> Option<usize> {
    if !is_operand(tok) {
        return None;
    }
    let tokens = lex(src, start, end, mode).ok()?;
    let idx = tokens.iter().position(|t| t.0 >= at)?;
    let prev = &tokens[idx.checked_sub(1)?];
    let closes_operand = matches!(prev.1, Tok::Op(")" | "]" | "}"));
    if !is_operand(&prev.1) && !closes_operand {
        return None;
    }
    let mut depth: i64 = if mode == Mode::Field { 1 } else { 0 };
    for (_, t, _) in &tokens[..idx] {
        match t {
            Tok::Op("(" | "[" | "{") => depth += 1,
            Tok::Op(")" | "]" | "}") => depth -= 1,
            _ => {}
        }
    }
    (depth > 0).then_some(prev.0)
}

/// CPython's friendlier messages for a few common mistakes.
#[allow(clippy::too_many_arguments)]
fn hint(
    src: &str,
    start: usize,
    end: usize,
    mode: Mode,
    s: usize,
    e: usize,
    tok: &Tok,
    expected: &[String],
) -> Option<SyntaxError> {
    let tokens = lex(src, start, end, mode).ok()?;
    let idx = tokens.iter().position(|t| t.0 >= s)?;
    let mut first = idx;
    while first > 0
        && !matches!(
            tokens[first - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent
        )
    {
        first -= 1;
    }
    let head = &tokens[first].1;
    let prev = idx.checked_sub(1).map(|i| &tokens[i].1);
    let at = |msg: &str, from: usize| Some(SyntaxError::new(msg, Span::new(from, e)));
    if *head == Tok::Name("print".into()) && idx == first + 1 && is_operand(tok) {
        return at(
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            tokens[first].0,
        );
    }
    // `case p as 1`: an expression where a name must be.
    let expression_start = is_operand(tok)
        || matches!(
            tok,
            Tok::Op("(" | "[" | "{" | "-" | "+" | "~" | "...")
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
        );
    if *head == Tok::Case
        && prev == Some(&Tok::As)
        && expression_start
        && !matches!(tok, Tok::Name(_))
    {
        return at("invalid pattern target", s);
    }
    if *tok == Tok::Op("=") && matches!(head, Tok::If | Tok::Elif | Tok::While) {
        return at(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            s,
        );
    }
    if *tok == Tok::Newline && *head == Tok::From && prev == Some(&Tok::Op(",")) {
        return at(
            "trailing comma not allowed without surrounding parentheses",
            s,
        );
    }
    let layout =
        |t: Option<&Tok>| matches!(t, None | Some(Tok::Newline | Tok::Indent | Tok::Dedent));
    if *tok != Tok::Else && expected.iter().any(|x| x == "\"else\"") && !layout(prev) {
        return at("expected 'else' after 'if' expression", s);
    }
    None
}
