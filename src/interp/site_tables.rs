//! What the evaluator learns while running one compiled unit (a module, an
//! `exec`'d string, a REPL input), kept beside its syntax tree rather than
//! in it: the resolver numbers the tree's attribute accesses, global names,
//! class patterns and flat generators (`ast::SiteId`), and these tables
//! hold one entry per number. Every frame running the unit's code, and
//! every function defined in it, shares the unit's tables.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use pyslot_grammar::ast::{FunctionDef, SiteId};
use pyslot_grammar::flat::FlatCode;

use super::attr_cache::AttrSite;
use crate::compile::resolve::SiteCounts;
use crate::runtime::value::Value;

/// Where a global name was found last: the namespace's identity and
/// version (bumped when keys are added or removed) and the entry's index.
#[derive(Default)]
pub(crate) struct NameSite {
    pub(crate) dict_id: Cell<usize>,
    pub(crate) version: Cell<u64>,
    pub(crate) index: Cell<u32>,
}

self_cell::self_cell!(
    /// A flat generator's steps (`flat.rs`), which refer to the statements
    /// and expressions of the definition they are made from and so keep it.
    pub(crate) struct FlatBody {
        owner: Rc<FunctionDef>,
        #[covariant]
        dependent: FlatCode,
    }
);

#[derive(Default)]
pub(crate) struct SiteTables {
    attrs: Box<[AttrSite]>,
    names: Box<[NameSite]>,
    /// Per class pattern: the identity of the class its positional
    /// attribute sites were filled for.
    class_patterns: Box<[Cell<usize>]>,
    flat_bodies: Box<[OnceCell<FlatBody>]>,
    /// Per tuple display of constants: the tuple, once made.
    const_tuples: Box<[OnceCell<Value>]>,
}

fn table<T: Default>(n: u32) -> Box<[T]> {
    (0..n).map(|_| T::default()).collect()
}

impl SiteTables {
    pub(crate) fn new(counts: SiteCounts) -> Rc<SiteTables> {
        Rc::new(SiteTables {
            attrs: table(counts.attrs),
            names: table(counts.names),
            class_patterns: table(counts.class_patterns),
            flat_bodies: table(counts.flat_bodies),
            const_tuples: table(counts.const_tuples),
        })
    }

    // Indexing cannot fail: a frame runs only its own unit's code (code
    // objects cannot be swapped into functions), whose numbers the resolver
    // gave below the tables' sizes. A bug breaking that would panic, which
    // the top level turns into a SystemError.

    /// The cache of attribute access `site`.
    #[inline(always)]
    pub(crate) fn attr(&self, site: SiteId) -> &AttrSite {
        &self.attrs[site as usize]
    }

    /// The `n` attribute sites from `first` on (a class pattern's).
    pub(crate) fn attrs(&self, first: SiteId, n: usize) -> &[AttrSite] {
        let first = first as usize;
        &self.attrs[first..first + n]
    }

    /// The memo of global name `site`.
    #[inline(always)]
    pub(crate) fn name(&self, site: SiteId) -> &NameSite {
        &self.names[site as usize]
    }

    /// The class a class pattern's positional sites were filled for.
    pub(crate) fn class_pattern(&self, site: SiteId) -> &Cell<usize> {
        &self.class_patterns[site as usize]
    }

    /// Where the tuple display of constants `site` keeps its tuple.
    pub(crate) fn const_tuple(&self, site: SiteId) -> &OnceCell<Value> {
        &self.const_tuples[site as usize]
    }

    /// The steps of flat generator `def`, made on its first call (`None`
    /// for a definition not from this unit: no frame asks for one).
    pub(crate) fn flat_body(&self, def: &Rc<FunctionDef>) -> Option<&FlatCode<'_>> {
        let body = self.flat_bodies.get(def.flat_site as usize)?;
        let body = body.get_or_init(|| {
            FlatBody::new(def.clone(), |def| FlatCode::build(&def.body, def.is_async))
        });
        // (Only another unit's definition could differ.)
        Rc::ptr_eq(body.borrow_owner(), def).then(|| body.borrow_dependent())
    }
}
