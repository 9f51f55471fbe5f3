//! Syntax errors, as CPython 3.11 reports them.

use crate::ast::Span;

/// Which Python exception class the error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's message and the source range it blames.
/// The interpreter turns `span` into the line number, the source line and the
/// caret(s) of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            span,
        }
    }

    /// An error that only says the text stopped early: an unclosed bracket
    /// or triple-quoted string, or a backslash at the end. More lines can
    /// always cure it, even after a blank one.
    pub fn continues_on_next_line(&self) -> bool {
        self.msg.ends_with("was never closed")
            || self.msg.starts_with("unterminated triple-quoted string")
            || self.msg == "unexpected EOF while parsing"
    }
}
