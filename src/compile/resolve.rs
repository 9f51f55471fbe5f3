//! Scope resolution, run once after parsing and before anything executes.
//!
//! Every name becomes a fast local slot, a cell (shared with closures), a
//! global or a class-body lookup, following Python's rules: a name assigned
//! anywhere in a function is local to all of it, `global`/`nonlocal` move it,
//! a comprehension has its own scope (its first iterable excepted), and an
//! assignment expression in a comprehension binds in the enclosing function.
//!
//! The walk runs twice over the same tree: `Pass::Collect` records what each
//! scope binds and uses, then the scopes are analyzed, then `Pass::Assign`
//! writes the decisions into the tree. Scopes are numbered in visiting order,
//! which is the same in both passes.

use indexmap::{IndexMap, IndexSet};
use rustc_hash::FxBuildHasher;

// Names are short and not chosen by an adversary who could make them
// collide on purpose (they come from the program being compiled): the
// resolver hashes them with Fx, several times cheaper than SipHash.
type NameSet = IndexSet<Name, FxBuildHasher>;
type NameMap<V> = IndexMap<Name, V, FxBuildHasher>;
use std::rc::Rc;

use pyslot_grammar::ast::*;
use pyslot_grammar::SyntaxError;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Decision {
    Local(u32),
    Cell(u32),
    Global,
    ClassBody,
}

struct ScopeInfo {
    kind: ScopeKind,
    parent: Option<usize>,
    /// Names bound here, parameters first (in order).
    bound: NameSet,
    used: NameSet,
    globals: NameSet,
    nonlocals: NameSet,
    /// Names this scope must receive from an enclosing function (free vars).
    free: NameSet,
    /// Bound names captured by an inner scope.
    cells: NameSet,
    /// Whether a method here uses `super` or `__class__` (class scopes).
    needs_class_cell: bool,
    /// An `async def` (function scopes), or a comprehension with `async
    /// for` or `await` of its own, or holding such a list, set or dict
    /// comprehension (comprehension scopes).
    is_async: bool,
    /// The function's body yields (function scopes).
    is_generator: bool,
    decisions: NameMap<Decision>,
    result: Scope,
}

impl ScopeInfo {
    fn new(kind: ScopeKind, parent: Option<usize>) -> ScopeInfo {
        ScopeInfo {
            kind,
            parent,
            bound: NameSet::default(),
            used: NameSet::default(),
            globals: NameSet::default(),
            nonlocals: NameSet::default(),
            free: NameSet::default(),
            cells: NameSet::default(),
            needs_class_cell: false,
            is_async: false,
            is_generator: false,
            decisions: NameMap::default(),
            result: Scope::default(),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    Collect,
    Assign,
}

struct Resolver {
    pass: Pass,
    scopes: Vec<ScopeInfo>,
    /// Scope index being visited.
    current: usize,
    /// Next scope number to hand out (visiting order).
    next_scope: usize,
    loop_depth: u32,
    yield_seen: bool,
    error: Option<SyntaxError>,
    /// Enclosing class names, for private-name mangling (`__x` in class
    /// `C` becomes `_C__x`).
    class_stack: Vec<Name>,
    /// How many sites of each kind the `Assign` pass has numbered.
    sites: SiteCounts,
}

/// How many nodes of each kind a resolved unit has numbered for the
/// interpreter's side tables (`ast::SiteId`): the tables' sizes.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SiteCounts {
    /// Attribute accesses, and the attribute lookups of class patterns.
    pub(crate) attrs: u32,
    /// Global names.
    pub(crate) names: u32,
    /// Class patterns (the class their positional sites were filled for).
    pub(crate) class_patterns: u32,
    /// Flat generator functions (their steps).
    pub(crate) flat_bodies: u32,
    /// Tuple displays of constants only (the tuple, made once).
    pub(crate) const_tuples: u32,
}

/// An item that lets a tuple display be made once: a literal, a signed
/// number (`-1`, what CPython folds too), or a tuple of such items.
fn constant_item(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { op, operand } => matches!(
            (op, &operand.kind),
            (
                UnaryOp::Neg | UnaryOp::Pos,
                ExprKind::Constant(
                    Constant::Int(_)
                        | Constant::BigInt(_)
                        | Constant::Float(_)
                        | Constant::Complex(_)
                ),
            ) | (
                UnaryOp::Invert,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            )
        ),
        ExprKind::Tuple { const_site, .. } => *const_site != NOT_CONSTANT,
        _ => false,
    }
}

/// The next number of a kind of site. Saturates: a unit of 4 billion sites
/// cannot be parsed in the first place.
fn take_site(count: &mut u32, n: usize) -> SiteId {
    let first = *count;
    *count = count.saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
    first
}

/// Resolve a module's names in place. Returns the first scope error found
/// (e.g. `'return' outside function`), as CPython reports at compile time.
/// `text` is the module's source (`from __future__ import annotations`
/// keeps annotations as their source text).
pub(crate) fn resolve_module(body: &mut [Stmt], text: &str) -> Result<SiteCounts, SyntaxError> {
    if super::future::check(body)? {
        super::future::annotations_as_text(body, text);
    }
    resolve(body, ScopeKind::Module)
}

/// Code run with a namespace of its own besides the globals (`exec(src,
/// globals, locals)`): its names are looked up as a class body's are.
pub(crate) fn resolve_namespace(body: &mut [Stmt]) -> Result<SiteCounts, SyntaxError> {
    resolve(body, ScopeKind::Class)
}

fn resolve(body: &mut [Stmt], kind: ScopeKind) -> Result<SiteCounts, SyntaxError> {
    let mut r = Resolver {
        pass: Pass::Collect,
        scopes: vec![ScopeInfo::new(kind, None)],
        current: 0,
        next_scope: 1,
        loop_depth: 0,
        yield_seen: false,
        class_stack: Vec::new(),
        error: None,
        sites: SiteCounts::default(),
    };
    r.block(body);
    if let Some(e) = r.error.take() {
        return Err(e);
    }
    r.analyze()?;
    r.pass = Pass::Assign;
    r.current = 0;
    r.next_scope = 1;
    r.block(body);
    match r.error {
        Some(e) => Err(e),
        None => Ok(r.sites),
    }
}

impl Resolver {
    fn err(&mut self, msg: &str, span: Span) {
        if self.error.is_none() {
            self.error = Some(SyntaxError::new(msg, span));
        }
    }

    fn scope(&mut self) -> &mut ScopeInfo {
        &mut self.scopes[self.current]
    }

    /// Enter a new scope; returns the previous one to restore.
    fn enter(&mut self, kind: ScopeKind) -> usize {
        let prev = self.current;
        let idx = self.next_scope;
        self.next_scope += 1;
        if self.pass == Pass::Collect {
            self.scopes.push(ScopeInfo::new(kind, Some(prev)));
        }
        self.current = idx;
        prev
    }

    fn leave(&mut self, prev: usize) -> Scope {
        let s = if self.pass == Pass::Assign {
            self.scopes[self.current].result.clone()
        } else {
            Scope::default()
        };
        self.current = prev;
        s
    }

    // ------------------------------------------------------------ names

    fn bind(&mut self, name: &Name) {
        if self.pass == Pass::Collect {
            let s = self.scope();
            s.bound.insert(name.clone());
        }
    }

    fn use_name(&mut self, name: &Name) {
        if self.pass == Pass::Collect {
            self.scope().used.insert(name.clone());
        }
    }

    fn decide(&self, name: &str) -> NameScope {
        match self.scopes[self.current].decisions.get(name) {
            Some(Decision::Local(i)) => NameScope::Local(*i),
            Some(Decision::Cell(i)) => NameScope::Cell(*i),
            Some(Decision::ClassBody) => NameScope::ClassBody,
            Some(Decision::Global) | None => {
                if self.scopes[self.current].kind == ScopeKind::Class
                    && !self.scopes[self.current].globals.contains(name)
                {
                    NameScope::ClassBody
                } else {
                    NameScope::Global
                }
            }
        }
    }

    /// `__name` inside a class body is private to the class.
    fn mangle(&self, name: &mut Name) {
        if self.pass != Pass::Collect {
            return;
        }
        if let Some(class) = self.class_stack.last() {
            let m = crate::interp::class_build::mangle(class, name);
            if *m != **name {
                *name = m;
            }
        }
    }

    /// Write where a name lives into its node; a global name gets a site.
    fn assign_name(&mut self, id: &Name, scope: &mut NameScope, site: &mut SiteId) {
        *scope = self.decide(id);
        if *scope == NameScope::Global {
            *site = take_site(&mut self.sites.names, 1);
        }
    }

    fn name_expr(&mut self, e: &mut Expr, store: bool) {
        if let ExprKind::Name { id, .. } = &mut e.kind {
            let mut n = id.clone();
            self.mangle(&mut n);
            *id = n;
        }
        if let ExprKind::Name { id, scope, site } = &mut e.kind {
            match self.pass {
                Pass::Collect => {
                    let id = id.clone();
                    if store {
                        self.bind(&id);
                    } else {
                        if &*id == "super" || &*id == "__class__" {
                            self.mark_class_cell();
                        }
                        self.use_name(&id);
                    }
                }
                Pass::Assign => self.assign_name(id, scope, site),
            }
        }
    }

    /// A method using `super()` needs the implicit `__class__` cell.
    fn mark_class_cell(&mut self) {
        let mut s = Some(self.current);
        while let Some(i) = s {
            if self.scopes[i].kind == ScopeKind::Class {
                self.scopes[i].needs_class_cell = true;
                if self.current != i {
                    self.scopes[self.current].used.insert(Rc::from("__class__"));
                }
                return;
            }
            s = self.scopes[i].parent;
        }
    }

    // ------------------------------------------------------------ analysis

    fn analyze(&mut self) -> Result<(), SyntaxError> {
        // Class scopes with methods using super() own a `__class__` cell.
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind == ScopeKind::Class && self.scopes[i].needs_class_cell {
                self.scopes[i].cells.insert(Rc::from("__class__"));
            }
        }
        // Free variables: every used (or nonlocal) name not bound locally and
        // not global, found in an enclosing function scope.
        for i in 0..self.scopes.len() {
            let kind = self.scopes[i].kind;
            if kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<Name> = Vec::new();
            for n in self.scopes[i]
                .used
                .iter()
                .chain(self.scopes[i].nonlocals.iter())
            {
                let s = &self.scopes[i];
                let locally_bound = s.bound.contains(n) && !s.nonlocals.contains(n);
                if s.globals.contains(n) || (locally_bound && kind != ScopeKind::Class) {
                    continue;
                }
                if kind == ScopeKind::Class && locally_bound {
                    continue;
                }
                wanted.push(n.clone());
            }
            for n in wanted {
                let is_nonlocal = self.scopes[i].nonlocals.contains(&n);
                if let Some(owner) = self.find_binding(i, &n) {
                    self.scopes[owner].cells.insert(n.clone());
                    // Every scope between the user and the owner passes it on.
                    let mut s = Some(i);
                    while let Some(j) = s {
                        if j == owner {
                            break;
                        }
                        self.scopes[j].free.insert(n.clone());
                        s = self.scopes[j].parent;
                    }
                } else if is_nonlocal {
                    return Err(SyntaxError::new(
                        format!("no binding for nonlocal '{}' found", n),
                        Span::default(),
                    ));
                }
            }
        }
        for i in 0..self.scopes.len() {
            self.finish_scope(i);
        }
        Ok(())
    }

    /// The enclosing function scope that binds `name`, if any.
    fn find_binding(&self, from: usize, name: &Name) -> Option<usize> {
        let mut s = self.scopes[from].parent;
        while let Some(j) = s {
            let sc = &self.scopes[j];
            match sc.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {
                    if &**name == "__class__" && sc.cells.contains(name) {
                        return Some(j);
                    }
                }
                ScopeKind::Function | ScopeKind::Comprehension => {
                    if sc.globals.contains(name) {
                        return None;
                    }
                    if sc.bound.contains(name) && !sc.nonlocals.contains(name) {
                        return Some(j);
                    }
                }
            }
            s = sc.parent;
        }
        None
    }

    fn finish_scope(&mut self, i: usize) {
        let s = &mut self.scopes[i];
        let mut result = Scope::default();
        let mut decisions = NameMap::default();
        match s.kind {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                // Own cells (only `__class__`), then free variables.
                let mut ci = 0u32;
                for n in s.cells.iter() {
                    result.cell_names.push(n.clone());
                    ci += 1;
                }
                result.n_cells = ci;
                for n in s.free.iter() {
                    if !s.bound.contains(n) || s.nonlocals.contains(n) {
                        decisions.insert(n.clone(), Decision::Cell(ci));
                    }
                    result.cell_names.push(n.clone());
                    ci += 1;
                }
                for n in s.bound.iter() {
                    if s.globals.contains(n) {
                        decisions.insert(n.clone(), Decision::Global);
                    } else if !s.nonlocals.contains(n) {
                        decisions.insert(n.clone(), Decision::ClassBody);
                    }
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                let mut slot = 0u32;
                let mut ci = 0u32;
                for n in s.bound.iter() {
                    if s.globals.contains(n) {
                        decisions.insert(n.clone(), Decision::Global);
                        continue;
                    }
                    if s.nonlocals.contains(n) {
                        continue;
                    }
                    result.local_names.push(n.clone());
                    if s.cells.contains(n) {
                        result.cell_locals.push((slot, ci));
                        result.cell_names.push(n.clone());
                        decisions.insert(n.clone(), Decision::Cell(ci));
                        ci += 1;
                    } else {
                        decisions.insert(n.clone(), Decision::Local(slot));
                    }
                    slot += 1;
                }
                result.n_locals = slot;
                result.n_cells = ci;
                for n in s.free.iter() {
                    if decisions.contains_key(n) {
                        continue;
                    }
                    decisions.insert(n.clone(), Decision::Cell(ci));
                    result.cell_names.push(n.clone());
                    ci += 1;
                }
                for n in s.globals.iter() {
                    decisions.insert(n.clone(), Decision::Global);
                }
            }
        }
        s.decisions = decisions;
        s.result = result;
    }

    /// After analysis: where the enclosing scope keeps each free variable of
    /// scope `child` (indices into the enclosing frame's cells).
    fn free_from(&self, child: usize) -> Vec<u32> {
        let c = &self.scopes[child];
        let Some(parent) = c.parent else {
            return Vec::new();
        };
        let p = &self.scopes[parent];
        let n_own = c.result.n_cells as usize;
        c.result.cell_names[n_own..]
            .iter()
            .map(|n| {
                // Cells are numbered in u32s, as the loops above count them.
                (0u32..)
                    .zip(&p.result.cell_names)
                    .find(|(_, m)| *m == n)
                    .map_or(0, |(i, _)| i)
            })
            .collect()
    }

    // ------------------------------------------------------------ walking

    fn block(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let span = s.span;
        match &mut s.kind {
            StmtKind::FunctionDef(def) => {
                if let Some(def) = Rc::get_mut(def) {
                    for d in &mut def.decorators {
                        self.expr(d);
                    }
                    let name = def.name.clone();
                    self.function(def);
                    self.bind(&name);
                }
            }
            StmtKind::ClassDef(cls) => {
                if let Some(cls) = Rc::get_mut(cls) {
                    for d in &mut cls.decorators {
                        self.expr(d);
                    }
                    for b in &mut cls.bases {
                        self.expr(b);
                    }
                    for k in &mut cls.keywords {
                        self.expr(&mut k.value);
                    }
                    let name = cls.name.clone();
                    self.class_stack.push(name.clone());
                    let prev = self.enter(ScopeKind::Class);
                    let idx = self.current;
                    let saved_loop = std::mem::take(&mut self.loop_depth);
                    self.block(&mut cls.body);
                    self.loop_depth = saved_loop;
                    let mut scope = self.leave(prev);
                    self.class_stack.pop();
                    if self.pass == Pass::Assign {
                        scope.free_from = self.free_from(idx);
                        cls.scope = scope;
                    }
                    self.bind(&name);
                }
            }
            StmtKind::Return(v) => {
                if !self.in_function() {
                    self.err("'return' outside function", span);
                } else if v.is_some() && self.pass == Pass::Assign {
                    // Known for sure once the first pass has seen every yield.
                    let s = &self.scopes[self.current];
                    if s.is_async && s.is_generator {
                        self.err("'return' with value in async generator", span);
                    }
                }
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name { .. } = target.kind {
                    // Both read and written.
                    self.name_expr(target, false);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                // Annotations of simple names are evaluated at module and
                // class level only; the interpreter ignores them in functions.
                if !*simple || !self.in_function() {
                    self.expr(annotation);
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name { .. }) {
                    self.target(target);
                } else if let ExprKind::Name { .. } = target.kind {
                    // `x: int` alone makes x local in a function.
                    self.target(target);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    self.err("'async for' outside async function", span);
                }
                self.expr(iter);
                self.target(target);
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
                self.block(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
                self.block(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    self.err("'async with' outside async function", span);
                }
                for it in items {
                    self.expr(&mut it.context);
                    if let Some(t) = &mut it.target {
                        self.target(t);
                    }
                }
                self.block(body);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.block(body);
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &mut h.name {
                        self.target(n);
                    }
                    self.block(&mut h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    self.target(&mut a.target);
                }
            }
            StmtKind::Global(names) => {
                if self.pass == Pass::Collect {
                    for n in names.iter() {
                        let msg = if self.scope().bound.contains(n) {
                            Some(format!(
                                "name '{}' is assigned to before global declaration",
                                n
                            ))
                        } else if self.scope().used.contains(n) {
                            Some(format!("name '{}' is used prior to global declaration", n))
                        } else {
                            None
                        };
                        if let Some(msg) = msg {
                            self.err(&msg, span);
                        }
                        if self.scope().kind != ScopeKind::Module {
                            self.scope().globals.insert(n.clone());
                        }
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    self.err("nonlocal declaration not allowed at module level", span);
                }
                if self.pass == Pass::Collect {
                    for n in names.iter() {
                        self.scope().nonlocals.insert(n.clone());
                    }
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                let n = cases.len();
                for (i, case) in cases.iter_mut().enumerate() {
                    if self.pass == Pass::Collect && self.error.is_none() {
                        // Irrefutable patterns must be last or guarded.
                        let allow = case.guard.is_some() || i + 1 == n;
                        if let Err(e) = super::patterns::check_case(&case.pattern, allow) {
                            self.error = Some(e);
                        }
                    }
                    self.pattern(&mut case.pattern);
                    if let Some(g) = &mut case.guard {
                        self.expr(g);
                    }
                    self.block(&mut case.body);
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass => {}
            StmtKind::Break => {
                if self.loop_depth == 0 {
                    self.err("'break' outside loop", span);
                }
            }
            StmtKind::Continue => {
                if self.loop_depth == 0 {
                    self.err("'continue' not properly in loop", span);
                }
            }
        }
    }

    fn in_function(&self) -> bool {
        self.scopes
            .get(self.current)
            .is_some_and(|s| s.kind == ScopeKind::Function)
    }

    /// Directly in the body of an `async def`.
    fn in_async_function(&self) -> bool {
        self.scopes
            .get(self.current)
            .is_some_and(|s| s.kind == ScopeKind::Function && s.is_async)
    }

    fn function(&mut self, def: &mut FunctionDef) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for p in def
            .params
            .args
            .iter_mut()
            .chain(def.params.kwonly.iter_mut())
        {
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
            if let Some(a) = &mut p.annotation {
                self.expr(a);
            }
        }
        for p in def
            .params
            .vararg
            .iter_mut()
            .chain(def.params.kwarg.iter_mut())
        {
            if let Some(a) = &mut p.annotation {
                self.expr(a);
            }
        }
        if let Some(r) = &mut def.returns {
            self.expr(r);
        }
        for p in def
            .params
            .args
            .iter_mut()
            .chain(def.params.kwonly.iter_mut())
            .chain(def.params.vararg.iter_mut())
            .chain(def.params.kwarg.iter_mut())
        {
            let mut n = p.name.clone();
            self.mangle(&mut n);
            p.name = n;
        }
        let prev = self.enter(ScopeKind::Function);
        let idx = self.current;
        if self.pass == Pass::Collect {
            self.scopes[idx].is_async = def.is_async;
            self.scopes[idx].is_generator = def.is_generator;
            let names: Vec<Name> = def
                .params
                .args
                .iter()
                .chain(def.params.kwonly.iter())
                .chain(def.params.vararg.iter())
                .chain(def.params.kwarg.iter())
                .map(|p| p.name.clone())
                .collect();
            for n in names {
                self.bind(&n);
            }
        }
        let saved_loop = std::mem::take(&mut self.loop_depth);
        let saved_yield = self.saw_yield_take();
        self.block(&mut def.body);
        if self.yield_seen {
            def.is_generator = true;
            self.scopes[idx].is_generator = true;
        }
        self.yield_seen = saved_yield;
        self.loop_depth = saved_loop;
        let mut scope = self.leave(prev);
        if self.pass == Pass::Assign {
            scope.free_from = self.free_from(idx);
            def.scope = scope;
            if def.flat_generator {
                def.flat_site = take_site(&mut self.sites.flat_bodies, 1);
            }
        }
    }

    fn target(&mut self, t: &mut Expr) {
        match &mut t.kind {
            ExprKind::Name { .. } => self.name_expr(t, true),
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    /// A `case` pattern: its values are loads, its captures stores.
    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::MatchValue(x) => self.expr(x),
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                for item in items {
                    self.pattern(item);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k);
                }
                for p in patterns {
                    self.pattern(p);
                }
                if let Some(r) = rest {
                    self.target(r);
                }
            }
            PatternKind::MatchClass(c) => {
                if self.pass == Pass::Assign {
                    let n = c.patterns.len() + c.kwd_attrs.len();
                    c.attr_sites = take_site(&mut self.sites.attrs, n);
                    c.class_site = take_site(&mut self.sites.class_patterns, 1);
                }
                self.expr(&mut c.cls);
                for p in c.patterns.iter_mut().chain(c.kwd_patterns.iter_mut()) {
                    self.pattern(p);
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.target(n);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                if let Some(n) = name {
                    self.target(n);
                }
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Name { .. } => self.name_expr(e, false),
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.fstring_parts(parts),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.walrus_target(target);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda(def) => {
                if let Some(def) = Rc::get_mut(def) {
                    self.function(def);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Tuple { items, const_site } => {
                for i in items.iter_mut() {
                    self.expr(i);
                }
                if items.iter().all(constant_item) {
                    *const_site = take_site(&mut self.sites.const_tuples, 1);
                }
            }
            ExprKind::Comprehension(comp) => {
                if let Some(comp) = Rc::get_mut(comp) {
                    self.comprehension(comp);
                }
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
                self.note_yield(span);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v);
                if self.in_async_function() {
                    self.err("'yield from' inside async function", span);
                }
                self.note_yield(span);
            }
            ExprKind::Await(v) => {
                self.expr(v);
                self.note_await(span);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            ExprKind::Attribute { value, attr, site } => {
                let mut a = attr.clone();
                self.mangle(&mut a);
                *attr = a;
                if self.pass == Pass::Assign {
                    *site = take_site(&mut self.sites.attrs, 1);
                }
                self.expr(value);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn fstring_parts(&mut self, parts: &mut [FStringPart]) {
        for p in parts {
            if let FStringPart::Expr {
                value, format_spec, ..
            } = p
            {
                self.expr(value);
                if let Some(spec) = format_spec {
                    self.fstring_parts(spec);
                }
            }
        }
    }

    /// `x := v` inside comprehensions binds `x` in the nearest enclosing
    /// function (or module) scope.
    fn walrus_target(&mut self, target: &mut Expr) {
        let ExprKind::Name { id, scope, site } = &mut target.kind else {
            return;
        };
        let mut owner = self.current;
        while self.scopes[owner].kind == ScopeKind::Comprehension {
            match self.scopes[owner].parent {
                Some(p) => owner = p,
                None => break,
            }
        }
        if owner == self.current {
            match self.pass {
                Pass::Collect => {
                    let id = id.clone();
                    self.bind(&id);
                }
                Pass::Assign => self.assign_name(id, scope, site),
            }
            return;
        }
        match self.pass {
            Pass::Collect => {
                let id = id.clone();
                self.scopes[owner].bound.insert(id.clone());
                if self.scopes[owner].kind == ScopeKind::Module {
                    let mut s = self.current;
                    while s != owner {
                        self.scopes[s].globals.insert(id.clone());
                        s = self.scopes[s].parent.unwrap_or(owner);
                    }
                } else {
                    self.scopes[self.current].used.insert(id);
                }
            }
            Pass::Assign => self.assign_name(id, scope, site),
        }
    }

    fn comprehension(&mut self, comp: &mut Comprehension) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = comp.generators.first_mut() {
            self.expr(&mut first.iter);
        }
        let prev = self.enter(ScopeKind::Comprehension);
        let idx = self.current;
        if self.pass == Pass::Collect && comp.generators.iter().any(|g| g.is_async) {
            self.scopes[idx].is_async = true;
        }
        for (i, g) in comp.generators.iter_mut().enumerate() {
            if i > 0 {
                self.expr(&mut g.iter);
            }
            self.target(&mut g.target);
            for cond in &mut g.ifs {
                self.expr(cond);
            }
        }
        self.expr(&mut comp.elt);
        if let Some(v) = &mut comp.value {
            self.expr(v);
        }
        let is_async = self.scopes[idx].is_async;
        let mut scope = self.leave(prev);
        // An async generator expression is an async generator of its own;
        // any other async comprehension is awaited where it stands.
        if is_async && comp.kind != CompKind::Generator && self.pass == Pass::Collect {
            match self.scopes[self.current].kind {
                ScopeKind::Function if self.scopes[self.current].is_async => {}
                ScopeKind::Comprehension => self.scopes[self.current].is_async = true,
                _ => self.err(
                    "asynchronous comprehension outside of an asynchronous function",
                    comp.span,
                ),
            }
        }
        if self.pass == Pass::Assign {
            scope.free_from = self.free_from(idx);
            comp.scope = scope;
            comp.is_async = is_async;
        }
    }

    fn note_yield(&mut self, span: Span) {
        match self.scopes.get(self.current).map(|s| s.kind) {
            Some(ScopeKind::Function) => self.yield_seen = true,
            Some(ScopeKind::Comprehension) => self.err("'yield' inside list comprehension", span),
            _ => self.err("'yield' outside function", span),
        }
    }

    /// `await` is allowed in an `async def` and in comprehensions (which
    /// it makes asynchronous, checked when the comprehension ends).
    fn note_await(&mut self, span: Span) {
        let Some(s) = self.scopes.get_mut(self.current) else {
            return;
        };
        match s.kind {
            ScopeKind::Function if s.is_async => {}
            ScopeKind::Function => self.err("'await' outside async function", span),
            ScopeKind::Comprehension => s.is_async = true,
            _ => self.err("'await' outside function", span),
        }
    }

    fn saw_yield_take(&mut self) -> bool {
        std::mem::take(&mut self.yield_seen)
    }
}
