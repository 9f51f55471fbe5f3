//! pyslot's syntax layer: source text to tokens to a syntax tree.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{parse_expression, parse_interactive, parse_module};
