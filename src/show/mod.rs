//! The views of pyslot's internals that a lesson looks at: the token
//! stream (`--tokens`), the syntax tree (`--ast`), the resolver's scopes
//! (`--scopes`), and an object's layout in memory (`layout()`,
//! `explain()`).
pub mod ast;
pub mod explain;
pub mod layout;
pub mod memstat;
pub mod scopes;
pub mod tokens;
