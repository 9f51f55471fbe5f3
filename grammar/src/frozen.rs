//! Frozen syntax trees: a parsed module as bytes, and back.
//!
//! pyslot's standard library is Python source kept in the binary. Parsing
//! it on every import was most of the time a script importing it took, so
//! the build parses each module once (the root crate's `build.rs`) and
//! keeps its tree, encoded here, beside the source. An import then decodes
//! the tree, several times faster than parsing the text, and the source
//! stays for tracebacks and for readers. What the encoding leaves out is
//! what only exists after parsing: the resolver's scopes and the
//! interpreter's memos, which start empty in a decoded tree as in a parsed
//! one.

use crate::ast::Stmt;

/// The bytes of a module's tree, as the build keeps them.
pub fn freeze(body: &[Stmt]) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(body)
}

/// A module's tree from the bytes `freeze` made. `None` if they are not
/// such bytes (a build that mixed up its files): the caller parses instead.
pub fn thaw(bytes: &[u8]) -> Option<Vec<Stmt>> {
    postcard::from_bytes(bytes).ok()
}
