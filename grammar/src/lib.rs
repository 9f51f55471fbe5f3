//! pyslot's syntax layer: source text to tokens to a syntax tree.

mod actions;
pub mod ast;
pub mod error;
pub mod flat;
pub mod frozen;
mod fstring;
pub mod int_parse;
pub mod lexer;
mod literals;
pub mod parser;
pub mod str_digits;
pub mod token;
mod walk;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use lexer::tokenize;
pub use parser::{
    parse_expression, parse_interactive, parse_interactive_input, parse_module, Interactive,
};
pub use token::Tok;
