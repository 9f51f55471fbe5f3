//! A running function's state: fast locals in a Vec, cells for captured
//! variables, its globals, and the statement being run (for tracebacks).

use std::rc::Rc;

use pyslot_grammar::ast::{Expr, ExprKind, FunctionDef, Name, NameScope, Scope};

use super::site_tables::SiteTables;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, TbEntry};
use crate::runtime::function::{CellRef, Function};
use crate::runtime::source::Source;
use crate::runtime::value::Value;

pub struct Frame {
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    pub globals: Rc<PyDict>,
    /// The side tables of the unit whose code this frame runs.
    pub(crate) sites: Rc<SiteTables>,
    /// The namespace of a class body being run (or of code `exec`'d with
    /// locals of its own).
    pub class_ns: Option<Rc<PyDict>>,
    /// Byte offset of the statement being run.
    pub pos: u32,
    /// How many of `cells` belong to this frame (the rest come from the closure).
    pub own_cells: u32,
    pub owner: FrameOwner,
}

/// A panic unwinding through a frame records it for the SystemError's
/// traceback (`last_resort`); otherwise dropping a frame does nothing more.
impl Drop for Frame {
    fn drop(&mut self) {
        if std::thread::panicking() {
            super::last_resort::note_frame(self);
        }
    }
}

/// What a frame runs. A function frame keeps only its function (one
/// reference count for a call); its name and qualified name come from it.
pub enum FrameOwner {
    Function(Rc<Function>),
    /// Module, class body or comprehension.
    Other {
        name: Name,
        source: Rc<Source>,
        /// The qualified name of the enclosing function or class body
        /// (`None` at module level); names defined here are qualified with it.
        qual_prefix: Option<Name>,
        /// `qual_prefix` names a function, so `.<locals>` goes between.
        qual_is_function: bool,
    },
}

/// Unset local slots added to `locals` up to `n`: a few pushes in place
/// (`Vec::resize` is an out-of-line call, paid at every Python call).
#[inline(always)]
pub(crate) fn pad_slots(locals: &mut Vec<Option<Value>>, n: usize) {
    while locals.len() < n {
        locals.push(None);
    }
}

impl Frame {
    pub(crate) fn module(globals: Rc<PyDict>, source: Rc<Source>, sites: Rc<SiteTables>) -> Frame {
        Frame {
            locals: Vec::new(),
            cells: Vec::new(),
            globals,
            sites,
            class_ns: None,
            pos: 0,
            own_cells: 0,
            owner: FrameOwner::Other {
                name: Rc::from("<module>"),
                source,
                qual_prefix: None,
                qual_is_function: false,
            },
        }
    }

    /// A frame for a scope nested in this one (a comprehension), sharing
    /// globals and taking its free variables from this frame's cells;
    /// `locals` is an empty vector to hold its local slots.
    pub fn child(&self, scope: &Scope, name: Name, mut locals: Vec<Option<Value>>) -> Frame {
        pad_slots(&mut locals, scope.n_locals as usize);
        let mut cells: Vec<CellRef> = Vec::with_capacity(scope.cell_names.len());
        for _ in 0..scope.n_cells {
            cells.push(crate::runtime::collector::new_cell());
        }
        for &i in &scope.free_from {
            cells.push(self.cells.get(i as usize).cloned().unwrap_or_default());
        }
        let (qual_prefix, qual_is_function) = self.qual_prefix();
        Frame {
            locals,
            cells,
            globals: self.globals.clone(),
            sites: self.sites.clone(),
            class_ns: None,
            pos: self.pos,
            own_cells: scope.n_cells,
            owner: FrameOwner::Other {
                name,
                source: self.source().clone(),
                qual_prefix,
                qual_is_function,
            },
        }
    }

    /// The value of `e` when it is a bound local variable, borrowed: reading
    /// `obj.attr` through a local then costs no reference-count traffic.
    #[inline(always)]
    pub fn local_ref(&self, e: &Expr) -> Option<&Value> {
        match e.kind {
            ExprKind::Name {
                scope: NameScope::Local(i),
                ..
            } => self.locals.get(i as usize)?.as_ref(),
            _ => None,
        }
    }

    /// The source text this frame runs.
    pub fn source(&self) -> &Rc<Source> {
        match &self.owner {
            FrameOwner::Function(func) => &func.source,
            FrameOwner::Other { source, .. } => source,
        }
    }

    /// The name tracebacks show for this frame.
    pub fn func_name(&self) -> &Name {
        match &self.owner {
            FrameOwner::Function(func) => &func.def.name,
            FrameOwner::Other { name, .. } => name,
        }
    }

    /// The function definition being run (`None` for module, class body,
    /// comprehension).
    pub fn code(&self) -> Option<&Rc<FunctionDef>> {
        match &self.owner {
            FrameOwner::Function(func) => Some(&func.def),
            FrameOwner::Other { .. } => None,
        }
    }

    fn qual_prefix(&self) -> (Option<Name>, bool) {
        match &self.owner {
            FrameOwner::Function(func) => (Some(func.qualname.clone()), true),
            FrameOwner::Other {
                qual_prefix,
                qual_is_function,
                ..
            } => (qual_prefix.clone(), *qual_is_function),
        }
    }

    /// The qualified name of something called `name` defined in this frame.
    pub fn qualify(&self, name: &Name) -> Name {
        match self.qual_prefix() {
            (None, _) => name.clone(),
            (Some(p), true) => Rc::from(format!("{}.<locals>.{}", p, name)),
            (Some(p), false) => Rc::from(format!("{}.{}", p, name)),
        }
    }

    pub fn local_cell_count(&self) -> usize {
        self.own_cells as usize
    }

    /// Record this frame in an escaping exception's traceback (unless a
    /// handler in this frame already did), ready for the caller's frame.
    #[cold]
    #[inline(never)]
    pub fn add_traceback(&self, e: &mut PyErr) {
        let span = e.0.span.take();
        if !e.0.frame_recorded {
            let pos = span.map_or(self.pos, |s| s.start);
            e.push_tb(TbEntry {
                source: self.source().clone(),
                // Saturating, as spans are past 4 GiB of source.
                line: u32::try_from(self.source().line_of(pos)).unwrap_or(u32::MAX),
                func: self.func_name().clone(),
                span,
            });
        }
        e.0.frame_recorded = false;
    }
}
