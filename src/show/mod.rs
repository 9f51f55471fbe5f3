//! The views of pyslot's internals that a lesson looks at: the token
//! stream (`--tokens`), the syntax tree (`--ast`), the resolver's scopes
//! (`--scopes`), and an object's layout in memory (`layout()`,
//! `explain()`).
pub(crate) mod ast;
pub(crate) mod explain;
pub(crate) mod layout;
pub(crate) mod memstat;
pub(crate) mod scopes;
pub(crate) mod tokens;
