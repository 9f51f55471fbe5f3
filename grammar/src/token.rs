//! The tokens the layout pass hands to the parser.

use num_bigint::BigInt;
use std::fmt;
use std::rc::Rc;

/// A string literal token, already decoded (plain strings and bytes) or kept
/// as a source range (f-strings, whose fields the parser parses later).
#[derive(Clone, Debug, PartialEq)]
pub enum StrTok {
    Str(String),
    Bytes(Vec<u8>),
    /// `content` is the byte range between the quotes in the source.
    FStr {
        raw: bool,
        content: (usize, usize),
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // Mode markers, injected before the first real token.
    StartModule,
    StartInteractive,
    StartExpression,

    Name(Rc<str>),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64),
    /// `text` is the literal as written, for `--tokens` dumps.
    Str {
        value: StrTok,
        text: Rc<str>,
    },

    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// The soft keywords, as the layout pass recognizes them: `match` at
    /// the head of a match statement, `case` at the head of its blocks.
    /// Elsewhere both are plain names.
    Match,
    Case,

    /// Operators and delimiters, by their spelling (`"+"`, `"**="`, `"("`...).
    Op(&'static str),
}

impl Tok {
    /// A name or a literal: a token that is a whole operand by itself.
    pub(crate) fn is_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::BigInt(_)
                | Tok::Float(_)
                | Tok::Complex(_)
                | Tok::Str { .. }
                | Tok::True
                | Tok::False
                | Tok::None
        )
    }
}

/// Keyword spellings and their tokens.
pub fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

impl Tok {
    /// The keyword's spelling, if this is a keyword.
    pub fn keyword_text(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Match => "match",
            Tok::Case => "case",
            _ => return None,
        })
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(kw) = self.keyword_text() {
            return write!(f, "NAME '{kw}'");
        }
        match self {
            Tok::StartModule => write!(f, "START_MODULE"),
            Tok::StartInteractive => write!(f, "START_INTERACTIVE"),
            Tok::StartExpression => write!(f, "START_EXPRESSION"),
            Tok::Name(n) => write!(f, "NAME '{n}'"),
            Tok::Int(i) => write!(f, "NUMBER '{i}'"),
            Tok::BigInt(i) => write!(f, "NUMBER '{i}'"),
            Tok::Float(x) => write!(f, "NUMBER '{x:?}'"),
            Tok::Complex(x) => write!(f, "NUMBER '{x:?}j'"),
            Tok::Str { text, .. } => write!(f, "STRING {text:?}"),
            Tok::Newline => write!(f, "NEWLINE"),
            Tok::Indent => write!(f, "INDENT"),
            Tok::Dedent => write!(f, "DEDENT"),
            Tok::Op(op) => write!(f, "OP '{op}'"),
            _ => write!(f, "{self:?}"),
        }
    }
}
