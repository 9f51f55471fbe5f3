//! Evaluating expressions.

use std::rc::Rc;

use smallvec::SmallVec;

use pyslot_grammar::ast::*;

use super::frame::Frame;
use super::site_tables::NameSite;
use super::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Function, NativeCall, NativeFn};
use crate::runtime::int;
use crate::runtime::set::PySet;
use crate::runtime::value::{PySlice, Value};

pub(crate) fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::bigint(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        // Complex numbers are not supported; keep the imaginary part as a float.
        Constant::Complex(f) => Value::Float(*f),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
    }
}

/// What zero-argument `super()` means in frame `f`: the class from the
/// implicit `__class__` cell and the method's first argument.
fn zero_arg_super_parts(f: &Frame) -> PyResult<(Value, Value)> {
    // CPython's order of checks: arguments, the first one, then the cell.
    let Some(code) = f.code() else {
        return Err(PyErr::runtime_error("super(): no arguments"));
    };
    let scope = &code.scope;
    if code.params.args.is_empty() && code.params.vararg.is_none() {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    // The first parameter is local slot 0, unless a closure captured it.
    let first = match scope.cell_locals.iter().find(|(slot, _)| *slot == 0) {
        Some(&(_, ci)) => f.cells.get(ci as usize).and_then(|c| c.borrow().clone()),
        None => f.locals.first().cloned().flatten(),
    };
    let first = match first {
        Some(Value::Tuple(t)) if code.params.args.is_empty() => t.items.first().cloned(),
        other => other,
    };
    let Some(obj) = first else {
        return Err(PyErr::runtime_error("super(): arg[0] deleted"));
    };
    let Some(ci) = scope.cell_names.iter().position(|n| &**n == "__class__") else {
        return Err(PyErr::runtime_error("super(): __class__ cell not found"));
    };
    match f.cells.get(ci).and_then(|c| c.borrow().clone()) {
        Some(class) => Ok((class, obj)),
        None => Err(PyErr::runtime_error("super(): empty __class__ cell")),
    }
}

/// `eval(src)`, `exec(src)`: builtins that run in the caller's namespaces
/// and so are called with its frame.
fn reads_caller_frame(name: &str) -> bool {
    matches!(name, "eval" | "exec")
}

/// The frame slot of a plain local name (a store target or a load).
#[inline(always)]
pub(super) fn local_slot(e: &Expr) -> Option<usize> {
    match e.kind {
        ExprKind::Name {
            scope: NameScope::Local(i),
            ..
        } => Some(i as usize),
        _ => None,
    }
}

/// How a global name's site marks an entry of the builtins, reached from
/// globals `g`: `g`'s address with the low bit set, and both dicts'
/// versions (a key added to the globals could shadow the entry; one added
/// to or removed from the builtins moves it).
#[inline(always)]
fn builtins_mark(g: &Rc<PyDict>, builtins: &PyDict) -> (usize, u64) {
    (
        Rc::as_ptr(g) as usize | 1,
        g.version().wrapping_add(builtins.version() << 32),
    )
}

/// The site's cached entry is in the builtins and still where it was.
#[inline(always)]
fn builtins_entry_valid(site: &NameSite, g: &Rc<PyDict>, builtins: &PyDict) -> bool {
    let (mark, stamp) = builtins_mark(g, builtins);
    site.dict_id.get() == mark && site.version.get() == stamp
}

/// The Python function a global name's site has cached, if the cache is
/// valid and the name holds one (a call then skips cloning a `Value`).
#[inline(always)]
fn global_function(f: &Frame, site: SiteId) -> Option<Rc<Function>> {
    let site = f.sites.name(site);
    let g = &f.globals;
    if module_entry_valid(site, g) {
        return g.function_at(site.index.get() as usize);
    }
    None
}

/// Ordering and equality of two small ints or two floats, inline.
#[inline(always)]
fn compare_fast(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => order(op, x, y),
        (Value::Float(x), Value::Float(y)) => order(op, x, y),
        _ => None,
    }
}

/// A call the direct paths to a native function take: at most two
/// arguments, none starred, a count the signature accepts.
fn plain_positional(sig: &crate::runtime::signature::Signature, args: &[Expr]) -> bool {
    args.len() <= 2
        && sig.accepts_positional(args.len())
        && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
}

/// Whether `left is right` when both are local variables (or `right` is
/// `None`), read where they are: `None` when either must be evaluated.
/// Out of line: inlined, its registers would be saved and restored by
/// every other comparison `eval_test` makes.
#[inline(never)]
fn identity_in_place(f: &Frame, left: &Expr, right: &Expr) -> Option<bool> {
    let a = f.local_ref(left)?;
    match &right.kind {
        ExprKind::Constant(Constant::None) => Some(matches!(a, Value::None)),
        _ => Some(a.is(f.local_ref(right)?)),
    }
}

/// The truth of a local variable holding a bool, None, an int or a
/// builtin container (`if flag:`, `while queue:`, `if not seen:`), read
/// where it is: no reference taken and released.
#[inline(always)]
fn local_truth(f: &Frame, e: &Expr) -> Option<bool> {
    Some(match f.local_ref(e)? {
        Value::Bool(b) => *b,
        Value::None => false,
        Value::Int(i) => *i != 0,
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Set(s) => !s.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        _ => return None,
    })
}

/// The module global a name site has seen in this frame's globals while
/// they gained or lost no keys (None: the site must look again).
#[inline(always)]
fn module_global_in_place(f: &Frame, site: &NameSite) -> Option<Value> {
    let g = &f.globals;
    if module_entry_valid(site, g) {
        g.value_at(site.index.get() as usize)
    } else {
        None
    }
}

/// Whether a name site's entry is one of these globals, made while they
/// had the keys they have now.
#[inline(always)]
fn module_entry_valid(site: &NameSite, g: &Rc<PyDict>) -> bool {
    site.dict_id.get() == Rc::as_ptr(g) as usize && site.version.get() == g.version()
}

/// An index known without running anything: an int constant, or a local
/// holding an int.
#[inline(always)]
fn int_operand(f: &Frame, e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => Some(*i),
        _ => match f.local_ref(e) {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        },
    }
}

#[inline(always)]
fn order<T: PartialOrd>(op: CmpOp, x: T, y: T) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

impl Interp {
    #[inline(always)]
    pub fn eval(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        // The commonest leaves are answered here, in a function small
        // enough that calling it costs little.
        match &e.kind {
            ExprKind::Name {
                scope: NameScope::Local(i),
                ..
            } => {
                if let Some(Some(v)) = f.locals.get(*i as usize) {
                    return Ok(v.clone_local());
                }
            }
            ExprKind::Constant(Constant::Int(i)) => return Ok(Value::Int(*i)),
            _ => {}
        }
        match self.eval_expr(f, e) {
            Ok(v) => Ok(v),
            Err(err) => Err(self.locate_error(err, f, e)),
        }
    }

    /// `eval`, with two operands read right here, not through `eval_expr`:
    /// `obj.attr` on a local instance whose site knows the slot, and a
    /// module global its site has seen (`n.color == EMPTY`). Only for the
    /// operands of arithmetic and comparisons: inlined into every `eval`,
    /// it widened the native frames of callers that rarely see one (a
    /// call's arguments: +2.5% instructions on the benchmarks).
    #[inline(always)]
    pub(crate) fn eval_operand(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Attribute { value, site, .. } => {
                if let Some(Value::Instance(inst)) = f.local_ref(value) {
                    if let Some(v) = super::attr_cache::slot_attr(f.sites.attr(*site), inst) {
                        return Ok(v);
                    }
                }
            }
            ExprKind::Name {
                scope: NameScope::Global,
                site,
                ..
            } => {
                if let Some(v) = module_global_in_place(f, f.sites.name(*site)) {
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.eval(f, e)
    }

    /// The truth of a condition (`if`, `while`, a comprehension's `if`...).
    /// One comparison of two small ints or floats, the usual loop or
    /// recursion test, gives its answer without making a `bool` value.
    #[inline(never)]
    pub fn eval_test(&mut self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        {
            if let ([op], [right]) = (&**ops, &**comparators) {
                // `v is not var`, `x is None` on local variables: compared
                // where they are, with no reference counts to raise and drop.
                if let CmpOp::Is | CmpOp::IsNot = op {
                    if let Some(same) = identity_in_place(f, left, right) {
                        return Ok(same == (*op == CmpOp::Is));
                    }
                }
                let a = self.eval_operand(f, left)?;
                let b = self.eval_operand(f, right)?;
                if let Some(r) = compare_fast(*op, &a, &b) {
                    // Ints or floats: nothing to release.
                    std::mem::forget(a);
                    std::mem::forget(b);
                    return Ok(r);
                }
                // Identity needs no method lookup and makes no value.
                let same = match op {
                    CmpOp::Is => Some(a.is(&b)),
                    CmpOp::IsNot => Some(!a.is(&b)),
                    _ => None,
                };
                if let Some(same) = same {
                    a.release();
                    b.release();
                    return Ok(same);
                }
                // Two strs (exact: a subclass is an instance): equal by
                // their text, with no method lookup (`state == "ready"`).
                if let (Value::Str(x), Value::Str(y), CmpOp::Eq | CmpOp::NotEq) = (&a, &b, op) {
                    let same = Rc::ptr_eq(x, y) || x.s == y.s;
                    drop(a);
                    drop(b);
                    return Ok(same == (*op == CmpOp::Eq));
                }
                // Membership: its answer, with no `bool` value made.
                if let CmpOp::In | CmpOp::NotIn = op {
                    let found = match self.contains(&b, &a) {
                        Ok(found) => found,
                        Err(err) => return Err(self.locate_error(err, f, e)),
                    };
                    a.release();
                    b.release();
                    return Ok(found == (*op == CmpOp::In));
                }
                let r = match self.compare(*op, &a, &b) {
                    Ok(r) => r,
                    Err(err) => return Err(self.locate_error(err, f, e)),
                };
                a.release();
                b.release();
                let t = self.truthy(&r);
                r.release();
                return t;
            }
        }
        match &e.kind {
            // The truth of `a and b`, `a or b`, `not a`: each operand's truth
            // is asked once, as CPython's conditional jumps do (the value
            // `a and b` would have is never made, nor tested again).
            ExprKind::BoolOp { op, values } => {
                let decides = *op == BoolOp::Or;
                for v in values {
                    if self.eval_test(f, v)? == decides {
                        return Ok(decides);
                    }
                }
                return Ok(!decides);
            }
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                if let Some(t) = local_truth(f, operand) {
                    return Ok(!t);
                }
                return Ok(!self.eval_test(f, operand)?);
            }
            _ => {}
        }
        if let Some(t) = local_truth(f, e) {
            return Ok(t);
        }
        let v = self.eval(f, e)?;
        let t = self.truthy(&v);
        v.release();
        t
    }

    /// An error leaving expression `e`: note where it happened (for the
    /// traceback's carets) and, for a missing name, what a hint needs. Out
    /// of line so that `eval`, inlined everywhere, stays small.
    #[cold]
    #[inline(never)]
    pub(super) fn locate_error(&self, err: PyErr, f: &Frame, e: &Expr) -> PyErr {
        match &e.kind {
            ExprKind::Name { id, .. } => self.note_missing_name(err, f, id).at(e.span),
            // The expressions a traceback can point at.
            ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Dict(_)
            | ExprKind::Set(_)
            | ExprKind::FString(_)
            | ExprKind::Comprehension(_) => err.at(e.span),
            _ => err,
        }
    }

    #[inline(never)]
    fn eval_expr(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Name {
                id,
                scope: NameScope::Local(i),
                ..
            } => match f.locals.get(*i as usize) {
                Some(Some(v)) => Ok(v.clone()),
                _ => Err(unbound_local(id)),
            },
            ExprKind::Name {
                id,
                scope: NameScope::Global,
                site,
            } => self.load_global_cached(f, id, *site),
            // A closure's variable (or a comprehension's view of its
            // function's): read from its cell here; unbound, `load_name`
            // knows which error.
            ExprKind::Name {
                id,
                scope: scope @ NameScope::Cell(i),
                ..
            } => match f.cells.get(*i as usize).and_then(|c| c.borrow().clone()) {
                Some(v) => Ok(v),
                None => self.load_name(f, id, *scope),
            },
            ExprKind::Name { id, scope, .. } => self.load_name(f, id, *scope),
            ExprKind::Constant(Constant::Complex(im)) => {
                Ok(crate::builtins::complex_type::make(self, 0.0, *im))
            }
            ExprKind::Constant(Constant::Str(s)) => Ok(self.str_consts.get(s)),
            ExprKind::Constant(c) => Ok(constant(c)),
            ExprKind::BinOp { left, op, right } => {
                let a = self.eval_operand(f, left)?;
                let b = self.eval_operand(f, right)?;
                // Small ints and floats: most arithmetic in loops lands here.
                if let Some(r) = super::ops::arith_fast(*op, &a, &b) {
                    // Both operands were ints or floats: nothing to release,
                    // so skip the two out-of-line drop calls.
                    std::mem::forget(a);
                    std::mem::forget(b);
                    return Ok(r);
                }
                self.binary_op(*op, &a, &b)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut a = self.eval(f, left)?;
                if let ([op], [right]) = (&**ops, &**comparators) {
                    // One comparison (nearly all of them): no chaining loop.
                    let b = self.eval(f, right)?;
                    if let Some(r) = compare_fast(*op, &a, &b) {
                        // Ints or floats: nothing to release.
                        std::mem::forget(a);
                        std::mem::forget(b);
                        return Ok(Value::Bool(r));
                    }
                    return self.compare(*op, &a, &b);
                }
                let last = ops.len() - 1;
                for (i, (op, right)) in ops.iter().zip(comparators.iter()).enumerate() {
                    let b = self.eval(f, right)?;
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                            CmpOp::Lt => x < y,
                            CmpOp::LtE => x <= y,
                            CmpOp::Gt => x > y,
                            CmpOp::GtE => x >= y,
                            CmpOp::Eq | CmpOp::Is => x == y,
                            CmpOp::NotEq | CmpOp::IsNot => x != y,
                            _ => self.compare(*op, &a, &b)?.is(&Value::Bool(true)),
                        }),
                        _ => self.compare(*op, &a, &b)?,
                    };
                    if i == last {
                        return Ok(r);
                    }
                    if !self.truthy(&r)? {
                        return Ok(r);
                    }
                    a = b;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.eval_call(f, func, args, keywords),
            ExprKind::Attribute { value, attr, site } => {
                if let Some(v) = f.local_ref(value) {
                    return self.getattr_cached(v, attr, f.sites.attr(*site));
                }
                let v = self.eval(f, value)?;
                self.getattr_cached(&v, attr, f.sites.attr(*site))
            }
            ExprKind::Subscript { value, index } => {
                // A local list or tuple indexed by a constant or a local
                // int: the item, read in place (the container not cloned).
                if let Some(i) = int_operand(f, index) {
                    if let Some(item) = f.local_ref(value).and_then(|v| super::ops::item_at(v, i)) {
                        return Ok(item);
                    }
                }
                let v = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                if let Value::Int(n) = i {
                    if let Some(item) = super::ops::item_at(&v, n) {
                        return Ok(item);
                    }
                }
                self.getitem(&v, &i)
            }
            _ => self.eval_warm(f, e),
        }
    }

    /// The expression kinds that are common in hot code but not the
    /// commonest (`a and b` as a value, `-x`, `x if c else y`, displays,
    /// comprehensions): out of `eval_expr`, but with a small stack frame of
    /// their own, apart from `eval_cold`'s big one (f-strings, lambdas...),
    /// which every call through here would otherwise touch.
    #[inline(never)]
    fn eval_warm(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let mut v = Value::None;
                let n = values.len();
                for (i, e) in values.iter().enumerate() {
                    v = self.eval(f, e)?;
                    if i + 1 < n {
                        let t = self.truthy(&v)?;
                        if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                            return Ok(v);
                        }
                    }
                }
                Ok(v)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(f, operand)?;
                match (op, &v) {
                    (UnaryOp::Neg, Value::Int(i)) if *i != i64::MIN => Ok(Value::Int(-i)),
                    (UnaryOp::Neg, Value::Float(x)) => Ok(Value::Float(-x)),
                    _ => self.unary_op(*op, &v),
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                if self.eval_test(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(f, items)?)),
            ExprKind::Tuple { items, const_site } => {
                if *const_site == NOT_CONSTANT {
                    return Ok(Value::tuple(self.eval_items(f, items)?));
                }
                // Constants only: made the first time, then the same tuple.
                if let Some(t) = f.sites.const_tuple(*const_site).get() {
                    return Ok(t.clone());
                }
                let t = Value::tuple(self.eval_items(f, items)?);
                let _ = f.sites.const_tuple(*const_site).set(t.clone());
                Ok(t)
            }
            ExprKind::Comprehension(c) => self.eval_comprehension(f, c),
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                self.yield_value(v)
            }
            _ => self.eval_cold(f, e),
        }
    }

    /// The expression kinds that are rarely in a hot loop, kept out of
    /// `eval_expr` so its stack frame stays small.
    #[inline(never)]
    fn eval_cold(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.eval_fstring(f, parts, &mut out)?;
                Ok(Value::string(out))
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(f, value)?;
                self.store(f, target, v.clone())?;
                Ok(v)
            }
            ExprKind::Lambda(def) => self.make_function(f, def),
            ExprKind::Dict(items) => {
                let d = PyDict::with_capacity(items.len());
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            let k = self.eval(f, k)?;
                            let v = self.eval(f, v)?;
                            self.dict_set(&d, k, v)?;
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            self.dict_update_from_mapping(&d, &m, true)?;
                        }
                    }
                }
                Ok(Value::new_dict(d))
            }
            ExprKind::Set(items) => {
                let vals = self.eval_items(f, items)?;
                let s = PySet::new();
                for v in vals {
                    self.set_add(&s, v)?;
                }
                Ok(Value::new_set(s))
            }

            ExprKind::YieldFrom(inner) => {
                let src = self.eval(f, inner)?;
                // An error from the delegate points at the whole `yield from`.
                self.yield_from(&src).map_err(|err| err.at(e.span))
            }
            ExprKind::Await(inner) => {
                let v = self.eval(f, inner)?;
                self.await_value(&v).map_err(|err| err.at(e.span))
            }
            ExprKind::Starred(_) => Err(PyErr::new(
                ExcKind::SyntaxError,
                "can't use starred expression here",
            )),
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |p: &Option<Box<Expr>>| -> PyResult<Value> {
                    match p {
                        Some(e) => self.eval(f, e),
                        None => Ok(Value::None),
                    }
                };
                let start = part(lower)?;
                let stop = part(upper)?;
                let step = part(step)?;
                Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
            }
            _ => unreachable!("hot expression kinds are handled by eval_expr"),
        }
    }

    /// Evaluate display items, expanding `*iterable`.
    pub fn eval_items(&mut self, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for e in items {
            if let ExprKind::Starred(inner) = &e.kind {
                let v = self.eval(f, inner)?;
                self.extend_from_iterable(&mut out, &v)?;
            } else {
                out.push(self.eval(f, e)?);
            }
        }
        Ok(out)
    }

    pub fn load_name(&mut self, f: &Frame, id: &Name, scope: NameScope) -> PyResult<Value> {
        match scope {
            NameScope::Local(i) => match f.locals.get(i as usize) {
                Some(Some(v)) => Ok(v.clone()),
                _ => Err(unbound_local(id)),
            },
            NameScope::Cell(i) => {
                let cell = f.cells.get(i as usize).map(|c| c.borrow().clone());
                match cell {
                    Some(Some(v)) => Ok(v),
                    _ => {
                        if let Some(ns) = &f.class_ns {
                            if let Some(v) = ns.get_str(id) {
                                return Ok(v);
                            }
                        }
                        if (i as usize) < f.local_cell_count() {
                            Err(unbound_local(id))
                        } else {
                            Err(PyErr::new(
                                ExcKind::NameError,
                                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", id),
                            ))
                        }
                    }
                }
            }
            NameScope::Global | NameScope::Unresolved => {
                if let Some(v) = f.globals.get_str(id) {
                    return Ok(v);
                }
                self.load_builtin(id)
            }
            NameScope::ClassBody => {
                if let Some(ns) = &f.class_ns {
                    if let Some(v) = ns.get_str(id) {
                        return Ok(v);
                    }
                }
                if let Some(v) = f.globals.get_str(id) {
                    return Ok(v);
                }
                self.load_builtin(id)
            }
        }
    }

    /// A global (or builtin) name through its site cache: while the
    /// namespaces gain or lose no keys, the entry's index stays valid.
    #[inline(always)]
    pub fn load_global_cached(&mut self, f: &Frame, id: &Name, site: SiteId) -> PyResult<Value> {
        let site = f.sites.name(site);
        // A global or builtin the site has seen before: checked inline.
        let g = &f.globals;
        if module_entry_valid(site, g) {
            if let Some(v) = g.value_at(site.index.get() as usize) {
                return Ok(v);
            }
        } else if builtins_entry_valid(site, g, &self.builtins) {
            if let Some(v) = self.builtins.value_at(site.index.get() as usize) {
                return Ok(v);
            }
        }
        self.load_global_slow(f, id, site)
    }

    /// Whether a global name's site resolves, through the builtins, to the
    /// builtin `len` itself (a global of that name, or a rebound
    /// `builtins.len`, is not it).
    #[inline(always)]
    fn site_holds_len(&self, f: &Frame, site: SiteId) -> bool {
        let site = f.sites.name(site);
        let g = &f.globals;
        let Some((len, index)) = &self.len_builtin else {
            return false;
        };
        // The entry first: other builtins' sites stop here.
        site.index.get() == *index
            && builtins_entry_valid(site, g, &self.builtins)
            && self
                .builtins
                .holds_builtin_at(site.index.get() as usize, len)
    }

    /// `len(obj.attr)` at a site holding the builtin: an attribute of a
    /// local (`len(v.domain)`, `len(self.items)`) read through its site
    /// cache here, with no second trip through `eval_expr`.
    #[inline(never)]
    fn len_of_attribute(&mut self, f: &mut Frame, arg: &Expr) -> PyResult<Value> {
        let of_local = match &arg.kind {
            ExprKind::Attribute { value, attr, site } => {
                f.local_ref(value).map(|obj| (obj, attr, *site))
            }
            _ => None,
        };
        if let Some((Value::Instance(inst), _, site)) = of_local {
            if let Some((i, _)) = super::attr_cache::inline_slot(f.sites.attr(site), inst) {
                if let Some(n) = inst.builtin_len_at(i) {
                    return Ok(Value::Int(int::int_from_len(n)));
                }
            }
        }
        let v = match of_local {
            Some((obj, attr, site)) => match self.getattr_cached(obj, attr, f.sites.attr(site)) {
                Ok(v) => v,
                Err(err) => return Err(self.locate_error(err, f, arg)),
            },
            None => self.eval(f, arg)?,
        };
        self.length_of(v)
    }

    /// `len(v)` as a Python int, `v` released.
    #[inline(always)]
    fn length_of(&mut self, v: Value) -> PyResult<Value> {
        let n = self.len(&v);
        v.release();
        Ok(Value::Int(int::int_from_len(n?)))
    }

    /// The plain builtin function a global name's site resolves to through
    /// the builtins (see `PyDict::builtin_function_at`).
    #[inline(always)]
    fn site_builtin_function(&self, f: &Frame, site: SiteId) -> Option<NativeCall> {
        let site = f.sites.name(site);
        if !builtins_entry_valid(site, &f.globals, &self.builtins) {
            return None;
        }
        self.builtins.builtin_function_at(site.index.get() as usize)
    }

    /// `name()`, `name(a)` or `name(a, b)` where the name's site holds a
    /// plain builtin function or a builtin type: the arguments on the stack
    /// and its native function called. A count its signature refuses (its
    /// error), a starred argument, `eval`/`exec` and `locals()`-like calls
    /// (which read the caller's frame): the general call.
    #[inline(never)]
    fn call_builtin_function(
        &mut self,
        f: &mut Frame,
        (native, sig, name): NativeCall,
        func: &Expr,
        args: &[Expr],
    ) -> PyResult<Value> {
        if !plain_positional(sig, args)
            || reads_caller_frame(name)
            || (args.is_empty() && crate::builtins::namespaces::reads_frame_without_arguments(name))
        {
            let callee = self.eval(f, func)?;
            return self.finish_call(f, callee, None, args, &[]);
        }
        match args {
            [] => native(self, &[], &[]),
            [a] => {
                let v = self.eval(f, a)?;
                native(self, &[v], &[])
            }
            [a, c] => {
                let v = self.eval(f, a)?;
                let w = self.eval(f, c)?;
                native(self, &[v, w], &[])
            }
            _ => unreachable!("more than two arguments take the general call"),
        }
    }

    #[inline(never)]
    fn load_global_slow(&mut self, f: &Frame, id: &Name, site: &NameSite) -> PyResult<Value> {
        let g = &f.globals;
        let gid = Rc::as_ptr(g) as usize;
        let b = &self.builtins;
        // (An entry past u32's reach is never cached.)
        if let Some(i) = g.index_of_str(id) {
            if let Ok(index) = u32::try_from(i) {
                site.dict_id.set(gid);
                site.version.set(g.version());
                site.index.set(index);
            }
            return Ok(g.value_at(i).unwrap_or(Value::None));
        }
        if let Some(i) = b.index_of_str(id) {
            if let Ok(index) = u32::try_from(i) {
                let (mark, stamp) = builtins_mark(g, b);
                site.dict_id.set(mark);
                site.version.set(stamp);
                site.index.set(index);
            }
            return Ok(b.value_at(i).unwrap_or(Value::None));
        }
        self.load_builtin(id)
    }

    #[inline]
    pub fn store_global_cached(&mut self, f: &Frame, id: &Name, site: SiteId, v: Value) {
        let g = &f.globals;
        let site = f.sites.name(site);
        let gid = Rc::as_ptr(g) as usize;
        if site.dict_id.get() == gid && site.version.get() == g.version() {
            g.set_value_at(site.index.get() as usize, v);
            return;
        }
        g.set_str(id, v);
        if let Some(index) = g.index_of_str(id).and_then(|i| u32::try_from(i).ok()) {
            site.dict_id.set(gid);
            site.version.set(g.version());
            site.index.set(index);
        }
    }

    fn load_builtin(&self, id: &str) -> PyResult<Value> {
        match self.builtins.get_str(id) {
            Some(v) => Ok(v),
            None => Err(PyErr::new(
                ExcKind::NameError,
                format!("name '{}' is not defined", id),
            )),
        }
    }

    pub fn store_name(&mut self, f: &mut Frame, id: &Name, scope: NameScope, v: Value) {
        match scope {
            NameScope::Local(i) => {
                if let Some(slot) = f.locals.get_mut(i as usize) {
                    *slot = Some(v);
                }
            }
            NameScope::Cell(i) => {
                if let Some(c) = f.cells.get(i as usize) {
                    let old = c.replace(Some(v));
                    drop(old);
                }
            }
            NameScope::ClassBody => match &f.class_ns {
                Some(ns) => ns.set_str(id, v),
                None => f.globals.set_str(id, v),
            },
            NameScope::Global | NameScope::Unresolved => f.globals.set_str(id, v),
        }
    }

    /// Assign to a target: a name, attribute, subscript, or an unpacking.
    /// A plain local, the commonest target, is stored inline at the caller.
    #[inline(always)]
    pub fn store(&mut self, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
        if let ExprKind::Name {
            scope: NameScope::Local(i),
            ..
        } = target.kind
        {
            if let Some(slot) = f.locals.get_mut(i as usize) {
                *slot = Some(v);
                return Ok(());
            }
        }
        self.store_other(f, target, v)
    }

    #[inline(never)]
    fn store_other(&mut self, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name {
                id,
                scope: NameScope::Global,
                site,
            } => {
                self.store_global_cached(f, id, *site, v);
                Ok(())
            }
            ExprKind::Name { id, scope, .. } => {
                self.store_name(f, id, *scope, v);
                Ok(())
            }
            // A failed store points at its target, as CPython's carets do.
            ExprKind::Attribute { value, attr, site } => {
                let r = match f.local_ref(value) {
                    Some(obj) => self.setattr_cached(obj, attr, v, f.sites.attr(*site)),
                    None => {
                        let obj = self.eval(f, value)?;
                        self.setattr_cached(&obj, attr, v, f.sites.attr(*site))
                    }
                };
                r.map_err(|e| e.at(target.span))
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                self.setitem(&obj, &i, v).map_err(|e| e.at(target.span))
            }
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                self.unpack_into(f, items, v).map_err(|e| e.at(target.span))
            }
            ExprKind::Starred(_) => Err(PyErr::new(
                ExcKind::SyntaxError,
                "starred assignment target must be in a list or tuple",
            )),
            _ => Err(PyErr::new(
                ExcKind::SyntaxError,
                "cannot assign to expression",
            )),
        }
    }

    fn unpack_into(&mut self, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
        let star = targets
            .iter()
            .position(|t| matches!(t.kind, ExprKind::Starred(_)));
        // A tuple of the right length (a loop's `k, v`, a function's result):
        // its items go straight to the targets, moved when nobody else
        // holds the tuple.
        let v = match v {
            Value::Tuple(t) if star.is_none() && t.items.len() == targets.len() => {
                match Rc::try_unwrap(t) {
                    Ok(mut owned) => {
                        let items = std::mem::take(&mut owned.items);
                        for (t, v) in targets.iter().zip(items.into_vec()) {
                            self.store(f, t, v)?;
                        }
                    }
                    Err(shared) => {
                        for (t, v) in targets.iter().zip(shared.items.iter()) {
                            self.store(f, t, v.clone())?;
                        }
                    }
                }
                return Ok(());
            }
            other => other,
        };
        // A list of the right length into local names (`a, b, c = xs`):
        // each item cloned straight into its slot, the list borrowed
        // meanwhile (a local store runs no Python code: see `store`).
        if let (Value::List(l), None) = (&v, star) {
            let items = l.items.borrow();
            if items.len() == targets.len() && targets.iter().all(|t| local_slot(t).is_some()) {
                for (t, item) in targets.iter().zip(items.iter()) {
                    if let Some(slot) = local_slot(t).and_then(|i| f.locals.get_mut(i)) {
                        *slot = Some(item.clone());
                    }
                }
                return Ok(());
            }
        }
        let values: Vec<Value> = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = self.get_iter(&v).map_err(|e| {
                    if e.is(ExcKind::TypeError) {
                        PyErr::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            v.type_name()
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    // Stop early on iterators longer than the targets.
                    if star.is_none() && out.len() > targets.len() {
                        break;
                    }
                }
                out
            }
        };
        let n = targets.len();
        match star {
            None => {
                if values.len() > n {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {})",
                        n
                    )));
                }
                if values.len() < n {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        values.len()
                    )));
                }
                for (t, v) in targets.iter().zip(values) {
                    self.store(f, t, v)?;
                }
            }
            Some(si) => {
                let after = n - si - 1;
                if values.len() < n - 1 {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        values.len()
                    )));
                }
                let mut values = values;
                let tail = values.split_off(values.len() - after);
                let middle = values.split_off(si);
                for (t, v) in targets[..si].iter().zip(values) {
                    self.store(f, t, v)?;
                }
                if let ExprKind::Starred(inner) = &targets[si].kind {
                    self.store(f, inner, Value::list(middle))?;
                }
                for (t, v) in targets[si + 1..].iter().zip(tail) {
                    self.store(f, t, v)?;
                }
            }
        }
        Ok(())
    }

    pub fn delete(&mut self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        // A failed `del` points at its target, as CPython's carets do.
        self.delete_target(f, target)
            .map_err(|e| match target.kind {
                ExprKind::Tuple { .. } | ExprKind::List(_) => e,
                _ => e.at(target.span),
            })
    }

    fn delete_target(&mut self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name { id, scope, .. } => {
                let existed = match scope {
                    NameScope::Local(i) => f
                        .locals
                        .get_mut(*i as usize)
                        .map(|s| s.take().is_some())
                        .unwrap_or(false),
                    NameScope::Cell(i) => f
                        .cells
                        .get(*i as usize)
                        .map(|c| c.replace(None).is_some())
                        .unwrap_or(false),
                    NameScope::ClassBody => match &f.class_ns {
                        Some(ns) => ns.remove_str(id).is_some(),
                        None => f.globals.remove_str(id).is_some(),
                    },
                    _ => f.globals.remove_str(id).is_some(),
                };
                if existed {
                    Ok(())
                } else if matches!(scope, NameScope::Local(_)) {
                    Err(unbound_local(id))
                } else {
                    Err(PyErr::new(
                        ExcKind::NameError,
                        format!("name '{}' is not defined", id),
                    ))
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.eval(f, value)?;
                self.delattr(&obj, attr)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                let i = self.eval(f, index)?;
                self.delitem(&obj, &i)
            }
            ExprKind::Tuple { items, .. } | ExprKind::List(items) => {
                for t in items {
                    self.delete(f, t)?;
                }
                Ok(())
            }
            _ => Err(PyErr::new(ExcKind::SyntaxError, "cannot delete expression")),
        }
    }

    // ------------------------------------------------------------- calls

    fn eval_call(
        &mut self,
        f: &mut Frame,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> PyResult<Value> {
        // Every path that is not answered in place ends in the one
        // `finish_call` below: each call site of it would keep its own
        // argument temporaries in this (inlined, recursive) native frame.
        let (callee, receiver) = 'target: {
            // Plain positional call of a plain function: evaluate the
            // arguments straight into the new frame's local slots.
            if keywords.is_empty() {
                if let ExprKind::Name { id, scope, site } = &func.kind {
                    // (`super()` reads the caller's frame: below.)
                    let zero_arg_super = args.is_empty() && &**id == "super";
                    if *scope == NameScope::Global {
                        if let Some(callee) = global_function(f, *site) {
                            if let Some(missing) = positional_fit(&callee, 0, args) {
                                return self.run_evaluating(f, &callee, None, args, missing);
                            }
                            break 'target (Value::Function(callee), None);
                        }
                        // `len(x)`, in every loop condition: the length read
                        // here (CPython specializes this call too), the
                        // builtin known by its site, no reference taken.
                        if let [arg] = args {
                            if self.site_holds_len(f, *site)
                                && !matches!(arg.kind, ExprKind::Starred(_))
                            {
                                if let ExprKind::Attribute { .. } = arg.kind {
                                    return self.len_of_attribute(f, arg);
                                }
                                let v = self.eval(f, arg)?;
                                return self.length_of(v);
                            }
                        }
                        // `id(n)`, `abs(x)`, `isinstance(x, C)`: a builtin
                        // function the site finds in the builtins, called
                        // straight (no value of it cloned and dropped).
                        if let ([] | [_] | [_, _], false) = (args, zero_arg_super) {
                            if let Some(native) = self.site_builtin_function(f, *site) {
                                return self.call_builtin_function(f, native, func, args);
                            }
                        }
                    }
                    let callee = match scope {
                        NameScope::Global => self.load_global_cached(f, id, *site),
                        _ => self.load_name(f, id, *scope),
                    };
                    let callee = match callee {
                        Ok(v) => v,
                        Err(err) => return Err(self.locate_error(err, f, func)),
                    };
                    if zero_arg_super {
                        if let Value::Class(c) = &callee {
                            if Rc::ptr_eq(c, &self.types.super_class()) {
                                return self.zero_arg_super(f);
                            }
                        }
                    }
                    if let Value::Function(func) = &callee {
                        if let Some(missing) = positional_fit(func, 0, args) {
                            return self.run_evaluating(f, func, None, args, missing);
                        }
                    }
                    break 'target (callee, None);
                }
            }
            // `obj.method(...)`: look the method up without making a bound method.
            if let ExprKind::Attribute { value, attr, site } = &func.kind {
                // Only `super().m(...)` can be one: no call for `obj.m(...)`.
                if matches!(value.kind, ExprKind::Call { .. }) {
                    if let Some(r) = self.call_super_method(f, value, (attr, *site), args, keywords)
                    {
                        return r;
                    }
                }
                let obj = self.eval(f, value)?;
                match &obj {
                    Value::Instance(inst) => {
                        if let Some(m) = self.cached_method(inst, attr, f.sites.attr(*site)) {
                            // Held as the function itself: no `Value` to clone
                            // and drop out of line on the commonest call.
                            if keywords.is_empty() {
                                if let Some(missing) = positional_fit(&m, 1, args) {
                                    return self.run_evaluating(f, &m, Some(obj), args, missing);
                                }
                            }
                            break 'target (Value::Function(m), Some(obj));
                        }
                    }
                    Value::Class(_) | Value::Function(_) | Value::Super(_) => {}
                    // A builtin value's method (`items.append(x)`).
                    _ => {
                        if let Some(at) = self.cached_native_method(&obj, attr, f.sites.attr(*site))
                        {
                            return self.call_native_method(f, at, obj, args, keywords);
                        }
                    }
                }
                return self.call_method_uncached(f, obj, func, args, keywords);
            }
            (self.eval(f, func)?, None)
        };
        self.finish_call(f, callee, receiver, args, keywords)
    }

    /// `super().m(...)`: m found after the class, called with the instance
    /// as self (no bound method made); `None` when `value` is another call.
    /// Out of line, as are the calls below: what they hold would widen
    /// `eval_expr`'s native frame, which every nested call pays for.
    #[inline(never)]
    fn call_super_method(
        &mut self,
        f: &mut Frame,
        value: &Expr,
        (attr, site): (&Name, SiteId),
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Option<PyResult<Value>> {
        let (func, recv) = self.super_call_target(f, value, attr, site)?;
        Some(self.finish_call(f, func, Some(recv), args, keywords))
    }

    /// `obj.name(...)` on a builtin value (`items.append(x)`, `seen.add(k)`,
    /// `d.get(k, 0)`) whose site knows the method: its native function
    /// called straight with the receiver and up to two arguments on the
    /// stack, no method value cloned, no signature bound.
    #[inline(never)]
    fn call_native_method(
        &mut self,
        f: &mut Frame,
        at: usize,
        obj: Value,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> PyResult<Value> {
        let Some(b) = self.attr_table.native(at) else {
            return Err(PyErr::new(ExcKind::SystemError, "lost builtin method"));
        };
        let (func, sig) = (b.func, b.sig);
        // Keywords, a starred argument, a count the method refuses (its
        // error): the general call.
        if !keywords.is_empty() || !plain_positional(sig, args) {
            let callee = Value::Builtin(b.clone());
            return self.finish_call(f, callee, Some(obj), args, keywords);
        }
        match args {
            [] => func(self, &[obj], &[]),
            [a] => {
                let v = self.eval(f, a)?;
                let mut buf = [obj, v];
                self.call_native_args(at, func, &mut buf)
            }
            [a, c] => {
                let v = self.eval(f, a)?;
                let w = self.eval(f, c)?;
                let mut buf = [obj, v, w];
                self.call_native_args(at, func, &mut buf)
            }
            _ => unreachable!("more than two arguments take the general call"),
        }
    }

    /// The last step of `call_native_method`: an argument to unwrap (a str
    /// subclass's instance given to a str method) takes `call_native`'s
    /// way, which knows how.
    #[inline(always)]
    fn call_native_args(
        &mut self,
        at: usize,
        func: NativeFn,
        buf: &mut [Value],
    ) -> PyResult<Value> {
        if buf[1..].iter().any(|a| matches!(a, Value::Instance(_))) {
            let native = self.attr_table.native(at);
            if let Some(b) = native.filter(|b| super::call::needs_unwrap(b, buf)) {
                let b = b.clone();
                return self.call_native(&b, buf, &[]);
            }
        }
        func(self, buf, &[])
    }

    /// `obj.name(...)` that no instance or builtin method cache answered:
    /// `Base.__init__(self, ...)`, `Vector.zero()`, a static method, a
    /// first call at a site.
    #[inline(never)]
    fn call_method_uncached(
        &mut self,
        f: &mut Frame,
        obj: Value,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> PyResult<Value> {
        let ExprKind::Attribute { attr, site, .. } = &func.kind else {
            unreachable!("call_method_uncached calls attributes")
        };
        if let Value::Class(c) = &obj {
            if let Some((m, recv)) = self.cached_class_call(c, attr, f.sites.attr(*site)) {
                return self.finish_call(f, m, recv, args, keywords);
            }
        }
        let (callee, receiver) = self.method_target(f, obj, attr, *site, func.span)?;
        self.finish_call(f, callee, receiver, args, keywords)
    }

    /// What `obj.name(...)` calls, and with which receiver, when no site
    /// cache of `eval_call` answered: a static or class method the site
    /// knows, a `super()` method, else the general lookup (after which the
    /// site learns the place). Out of line: the cached calls stay small.
    #[inline(never)]
    fn method_target(
        &mut self,
        f: &Frame,
        obj: Value,
        attr: &Name,
        site: SiteId,
        at: Span,
    ) -> PyResult<(Value, Option<Value>)> {
        if let Value::Instance(inst) = &obj {
            if let Some(target) = self.cached_call_target(inst, attr, f.sites.attr(site)) {
                return Ok(target);
            }
        }
        // `super().m(...)`: find m after the class, call it with the
        // instance as self (no bound method made).
        if let Value::Super(s) = &obj {
            if let Some((func, recv)) = self.super_method(s, attr) {
                return Ok((func, Some(recv)));
            }
        }
        // An attribute error points at `obj.name`, not the whole call.
        let found = self
            .load_method(&obj, attr)
            .map_err(|e| self.note_missing_attr(e, &obj, attr).at(at));
        Ok(match found? {
            (m, true) => {
                if let Value::Instance(inst) = &obj {
                    self.remember_method(inst, attr, f.sites.attr(site));
                } else {
                    self.remember_builtin_method(&obj, attr, f.sites.attr(site));
                }
                (m, Some(obj))
            }
            (m, false) => {
                match &obj {
                    Value::Instance(inst) => {
                        self.remember_call_target(inst, attr, f.sites.attr(site));
                    }
                    Value::Class(c) => self.remember_class_call(c, attr, f.sites.attr(site)),
                    _ => {}
                }
                (m, None)
            }
        })
    }

    /// `super()` inside a method: the class from the implicit `__class__`
    /// cell, the instance from the method's first argument.
    #[inline(never)]
    fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let (class, obj) = zero_arg_super_parts(f)?;
        crate::builtins::objects::make_super(self, &class, &obj)
    }

    /// `super().name(...)` as a method call: the method found after the
    /// `__class__` cell's class in the instance's MRO, and the instance,
    /// with no super object made. `None` when anything is unusual (the
    /// general path then raises the right error).
    #[inline(never)]
    fn super_call_target(
        &mut self,
        f: &Frame,
        value: &Expr,
        name: &str,
        attr_site: SiteId,
    ) -> Option<(Value, Value)> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return None;
        };
        let ExprKind::Name { id, scope, site } = &func.kind else {
            return None;
        };
        if !args.is_empty() || !keywords.is_empty() || &**id != "super" {
            return None;
        }
        let callee = match scope {
            NameScope::Global => self.load_global_cached(f, id, *site).ok()?,
            _ => return None,
        };
        let Value::Class(c) = &callee else {
            return None;
        };
        if !Rc::ptr_eq(c, &self.types.super_class()) {
            return None;
        }
        let (Value::Class(after), obj) = zero_arg_super_parts(f).ok()? else {
            return None;
        };
        if matches!(obj, Value::Class(_)) {
            return None;
        }
        let obj_type = self.types.class_of(&obj);
        let func =
            self.super_method_through_site(f.sites.attr(attr_site), &obj_type, &after, name)?;
        Some((Value::Function(func), obj))
    }

    /// Evaluate the arguments (after any already in `argv`) and call.
    fn finish_call(
        &mut self,
        f: &mut Frame,
        callee: Value,
        receiver: Option<Value>,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> PyResult<Value> {
        // A plain Python function with exactly these positional arguments:
        // evaluate them straight into its frame's slots (no argument vector).
        if keywords.is_empty() {
            match &callee {
                Value::Function(func) => {
                    if let Some(missing) =
                        positional_fit(func, usize::from(receiver.is_some()), args)
                    {
                        return self.run_evaluating(f, func, receiver, args, missing);
                    }
                }
                // A bound method held in a variable (`step = self.step`):
                // its function with its receiver, no argument vector.
                Value::BoundMethod(m) if receiver.is_none() => {
                    if let Value::Function(func) = &m.func {
                        if let Some(missing) = positional_fit(func, 1, args) {
                            let recv = m.receiver.clone();
                            return self.run_evaluating(f, func, Some(recv), args, missing);
                        }
                    }
                }
                _ => {}
            }
        }
        // The commonest builtin calls (`xs.append(x)`, `q.pop()`, `len(x)`,
        // `isinstance(x, C)`, `d.get(k, 0)`): their arguments in an array,
        // nothing else to decide.
        if let (Value::Builtin(b), [] | [_] | [_, _]) = (&callee, args) {
            if keywords.is_empty()
                && b.bound.is_none()
                && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            {
                if let Some(r) = receiver {
                    return match args {
                        [a, c] => {
                            let v = self.eval(f, a)?;
                            let w = self.eval(f, c)?;
                            self.call_native(b, &mut [r, v, w], &[])
                        }
                        [a] => {
                            let v = self.eval(f, a)?;
                            self.call_native(b, &mut [r, v], &[])
                        }
                        _ => self.call_native(b, &mut [r], &[]),
                    };
                }
                if !(b.is_method || reads_caller_frame(b.name)) {
                    match args {
                        [a] => {
                            let v = self.eval(f, a)?;
                            return self.call_native(b, &mut [v], &[]);
                        }
                        [a, c] => {
                            let v = self.eval(f, a)?;
                            let w = self.eval(f, c)?;
                            return self.call_native(b, &mut [v, w], &[]);
                        }
                        _ => {}
                    }
                }
            }
        }
        // A builtin with a few positional arguments: gather them on the
        // stack (builtins take a slice), so the call allocates nothing.
        if keywords.is_empty() && args.len() <= 4 {
            // `str(x)`, `int(s)`, `list(it)`...: a builtin type's constructor
            // is a builtin function too.
            let ctor = match &callee {
                Value::Class(c) => super::class_build::builtin_constructor(c),
                _ => None,
            };
            if let Some(Value::Builtin(b)) = ctor.as_ref().or(Some(&callee)) {
                // `locals()`, `dir()`...: answered here, where the frame is.
                if args.is_empty() && receiver.is_none() && b.bound.is_none() && !b.is_method {
                    if let Some(v) = crate::builtins::namespaces::with_frame(self, f, b.name) {
                        return Ok(v);
                    }
                }
                if !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) {
                    // Only the slots filled are dropped afterwards.
                    let mut buf: SmallVec<[Value; 6]> = SmallVec::new();
                    // Called through its type (`list.append(xs, 1)`), a
                    // method must check what it got as `self`.
                    let check_self = receiver.is_none() && b.is_method && b.bound.is_none();
                    if let Some(bound) = &b.bound {
                        buf.push(bound.clone());
                    }
                    if let Some(r) = receiver {
                        buf.push(r);
                    }
                    for a in args {
                        buf.push(self.eval(f, a)?);
                    }
                    // `eval(src)`, `exec(src)`: the caller's namespaces.
                    if !b.is_method && buf.len() == 1 && reads_caller_frame(b.name) {
                        return crate::builtins::evaluation::call_with_frame(self, f, b.name, &buf);
                    }
                    if check_self {
                        self.check_method_self(b, &buf)?;
                    }
                    return self.call_native(b, &mut buf, &[]);
                }
            }
        }
        let argv_has_receiver = receiver.is_some();
        let mut argv: Vec<Value> = Vec::with_capacity(args.len() + usize::from(receiver.is_some()));
        argv.extend(receiver);
        for a in args {
            if let ExprKind::Starred(inner) = &a.kind {
                let v = self.eval(f, inner)?;
                if self.get_iter(&v).is_err() {
                    return Err(PyErr::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(&callee),
                        v.type_name()
                    )));
                }
                self.extend_from_iterable(&mut argv, &v)?;
            } else {
                argv.push(self.eval(f, a)?);
            }
        }
        let mut kwargs: Vec<(Name, Value)> = Vec::new();
        for k in keywords {
            let v = self.eval(f, &k.value)?;
            match &k.arg {
                Some(name) => kwargs.push((name.clone(), v)),
                None => {
                    let Value::Dict(d) = &v else {
                        return Err(PyErr::type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.callable_name(&callee),
                            v.type_name()
                        )));
                    };
                    for (key, val) in d.items() {
                        let Value::Str(s) = &key else {
                            return Err(PyErr::type_error("keywords must be strings"));
                        };
                        let name: Name = Rc::from(s.as_str());
                        if kwargs.iter().any(|(n, _)| *n == name) {
                            return Err(PyErr::type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                self.callable_name(&callee),
                                name
                            )));
                        }
                        kwargs.push((name, val));
                    }
                }
            }
        }
        // A method found on its receiver's type needs no check of `self`.
        if let (Value::Builtin(b), true) = (&callee, argv_has_receiver) {
            let mut argv = argv;
            return self.call_native(b, &mut argv, &kwargs);
        }
        self.call(&callee, argv, kwargs)
    }

    /// Call `func`, whose parameters are `receiver`, `args` and then the
    /// last `missing` of its defaults (see `positional_fit`): the arguments
    /// are evaluated straight into its frame's slots, with no argument
    /// vector.
    #[inline(always)]
    fn run_evaluating(
        &mut self,
        f: &mut Frame,
        func: &Rc<Function>,
        receiver: Option<Value>,
        args: &[Expr],
        missing: usize,
    ) -> PyResult<Value> {
        let mut locals = self.take_locals(func.def.scope.n_locals as usize);
        if let Some(r) = receiver {
            push_slot(&mut locals, r);
        }
        for a in args {
            let v = self.eval(f, a)?;
            push_slot(&mut locals, v);
        }
        if missing > 0 {
            let defaults = &func.defaults[func.defaults.len() - missing..];
            locals.extend(defaults.iter().map(|d| Some(d.clone())));
        }
        self.run_function(func, locals)
    }

    /// Create a function object from a `def` or `lambda` in frame `f`.
    pub fn make_function(&mut self, f: &mut Frame, def: &Rc<FunctionDef>) -> PyResult<Value> {
        let mut defaults = Vec::new();
        for p in &def.params.args {
            if let Some(d) = &p.default {
                defaults.push(self.eval(f, d)?);
            }
        }
        let mut kwdefaults = Vec::with_capacity(def.params.kwonly.len());
        for p in &def.params.kwonly {
            kwdefaults.push(match &p.default {
                Some(d) => Some(self.eval(f, d)?),
                None => None,
            });
        }
        let closure = def
            .scope
            .free_from
            .iter()
            .map(|&i| f.cells.get(i as usize).cloned().unwrap_or_default())
            .collect();
        let qualname = f.qualify(&def.name);
        let annotations = self.eval_annotations(f, def)?;
        let func = Rc::new(Function {
            def: def.clone(),
            qualname,
            globals: f.globals.clone(),
            source: f.source().clone(),
            sites: f.sites.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: Default::default(),
            renamed: Default::default(),
            annotations,
        });
        crate::runtime::collector::track_function(&func);
        Ok(Value::Function(func))
    }

    /// A `def`'s annotations, evaluated in order as CPython does (only
    /// when it has any: most functions pay nothing).
    fn eval_annotations(
        &mut self,
        f: &mut Frame,
        def: &FunctionDef,
    ) -> PyResult<Option<Rc<PyDict>>> {
        let p = &def.params;
        let params = p
            .args
            .iter()
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        let any = def.returns.is_some() || params.clone().any(|a| a.annotation.is_some());
        if !any {
            return Ok(None);
        }
        let d = PyDict::new();
        for a in params {
            if let Some(ann) = &a.annotation {
                let v = self.eval(f, ann)?;
                d.set_str(&a.name, v);
            }
        }
        if let Some(r) = &def.returns {
            let v = self.eval(f, r)?;
            d.set_str("return", v);
        }
        Ok(Some(Rc::new(d)))
    }

    // ------------------------------------------------------- comprehensions

    #[inline(never)]
    fn eval_comprehension(&mut self, f: &mut Frame, c: &Rc<Comprehension>) -> PyResult<Value> {
        let first = match c.generators.first() {
            Some(g) => self.eval(f, &g.iter)?,
            None => return Ok(Value::None),
        };
        let first_iter = match c.generators.first() {
            Some(g) if g.is_async => self.async_iter(&first)?,
            _ => self.get_iter(&first)?,
        };
        let name = match c.kind {
            CompKind::List => 0,
            CompKind::Set => 1,
            CompKind::Dict => 2,
            CompKind::Generator => 3,
        };
        let name = self.comprehension_names[name].clone();
        let locals = self.take_locals(c.scope.n_locals as usize);
        let mut inner = f.child(&c.scope, name, locals);
        if c.kind == CompKind::Generator && c.is_async {
            return self.make_async_genexpr(f, c, inner, first_iter);
        }
        if c.kind == CompKind::Generator {
            return Ok(make_genexpr(c, inner, first_iter));
        }
        let mut acc = Accum::new(c.kind);
        // A list comprehension over a sized source without filters knows its
        // length: allocate the result once, exactly.
        if let (Accum::List(v), [g]) = (&mut acc, c.generators.as_slice()) {
            if g.ifs.is_empty() {
                // Not past a million items: a huge source is more likely
                // stopped early than run to its end.
                if let Some(n) = length_hint(&first) {
                    // Only a hint: when refused, the list grows as it fills.
                    let _ = v.try_reserve_exact(n.min(1 << 20));
                }
            }
        }
        self.depth += 1;
        if self.depth >= self.recursion_limit {
            self.depth -= 1;
            return Err(recursion_error());
        }
        let r = self.comp_level(&mut inner, c, 0, first_iter, &mut acc);
        self.depth -= 1;
        if let Err(e) = r {
            // Its own steps (iterating, adding an item) point at all of it.
            let mut e = e.at(c.span);
            inner.add_traceback(&mut e);
            return Err(e);
        }
        self.give_back_locals(std::mem::take(&mut inner.locals));
        Ok(match acc {
            Accum::List(v) => Value::list(v),
            Accum::Set(s) => Value::new_set(s),
            Accum::Dict(d) => Value::new_dict(d),
            Accum::Yield => Value::None,
        })
    }

    /// An async generator expression: an async generator whose body runs
    /// the comprehension's loops, yielding each item.
    #[inline(never)]
    fn make_async_genexpr(
        &mut self,
        f: &Frame,
        c: &Rc<Comprehension>,
        inner: Frame,
        first_iter: Value,
    ) -> PyResult<Value> {
        use crate::runtime::generator::{GenKind, GenState, PyGenerator};
        let comp = c.clone();
        let (co, stack_limit) =
            self.new_gen_stack(GenKind::AsyncGenerator, inner, move |interp, frame| {
                let mut acc = Accum::Yield;
                interp
                    .comp_level(frame, &comp, 0, first_iter, &mut acc)
                    .map_err(|e| e.at(comp.span))?;
                Ok(super::exec::Flow::Normal)
            })?;
        let name: Name = Rc::from("<genexpr>");
        Ok(Value::Coroutine(Rc::new(PyGenerator::new(
            name.clone(),
            f.qualify(&name),
            GenState::Ready(Box::new(co)),
            GenKind::AsyncGenerator,
            stack_limit,
        ))))
    }

    /// Advance a generator expression to its next item.
    pub fn genexpr_next(
        &mut self,
        g: &mut crate::runtime::iter::GenExprState,
    ) -> PyResult<Option<Value>> {
        self.depth += 1;
        if self.depth >= self.recursion_limit {
            self.depth -= 1;
            return Err(recursion_error());
        }
        let r = self.genexpr_step(g);
        self.depth -= 1;
        r.map_err(|e| {
            let mut e = e.at(g.comp.span);
            g.frame.add_traceback(&mut e);
            e
        })
    }

    fn genexpr_step(
        &mut self,
        g: &mut crate::runtime::iter::GenExprState,
    ) -> PyResult<Option<Value>> {
        let comp = g.comp.clone();
        'outer: while let Some(it) = g.iters.last().cloned() {
            let level = g.iters.len() - 1;
            let Some(item) = self.next(&it)? else {
                g.iters.pop();
                continue;
            };
            let gen = &comp.generators[level];
            self.store(&mut g.frame, &gen.target, item)?;
            for cond in &gen.ifs {
                if !self.eval_test(&mut g.frame, cond)? {
                    continue 'outer;
                }
            }
            if level + 1 < comp.generators.len() {
                let src = self.eval(&mut g.frame, &comp.generators[level + 1].iter)?;
                let it = self.get_iter(&src)?;
                g.iters.push(it);
                continue;
            }
            return self.eval(&mut g.frame, &comp.elt).map(Some);
        }
        Ok(None)
    }

    fn comp_level(
        &mut self,
        f: &mut Frame,
        c: &Comprehension,
        level: usize,
        iter: Value,
        acc: &mut Accum,
    ) -> PyResult<()> {
        let g = &c.generators[level];
        let is_async = g.is_async;
        // `for k, v in d.items()` / `enumerate` / `zip` into two names:
        // the values go to their slots with no tuple made (as `for` does).
        let pair = match &g.target.kind {
            ExprKind::Tuple { items, .. } | ExprKind::List(items) if !is_async => {
                super::exec::two_local_slots(items)
            }
            _ => None,
        };
        'items: loop {
            if let Some(slots) = pair {
                if !self.next_into_pair(f, &g.target, &iter, slots)? {
                    break;
                }
            } else {
                let item = if is_async {
                    self.async_next(&iter)?
                } else {
                    self.next(&iter)?
                };
                let Some(item) = item else {
                    break;
                };
                self.store(f, &g.target, item)?;
            }
            for cond in &g.ifs {
                if !self.eval_test(f, cond)? {
                    continue 'items;
                }
            }
            if level + 1 < c.generators.len() {
                let next = &c.generators[level + 1];
                let it = self.eval(f, &next.iter)?;
                let it = if next.is_async {
                    self.async_iter(&it)?
                } else {
                    self.get_iter(&it)?
                };
                self.comp_level(f, c, level + 1, it, acc)?;
            } else {
                let v = self.eval(f, &c.elt)?;
                match acc {
                    Accum::List(l) => crate::runtime::fallible::push(l, v)?,
                    Accum::Set(s) => self.set_add(s, v)?,
                    Accum::Dict(d) => {
                        let val = match &c.value {
                            Some(e) => self.eval(f, e)?,
                            None => Value::None,
                        };
                        self.dict_set(d, v, val)?;
                    }
                    Accum::Yield => {
                        self.yield_value(v)?;
                    }
                }
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ f-strings

    fn eval_fstring(
        &mut self,
        f: &mut Frame,
        parts: &[FStringPart],
        out: &mut String,
    ) -> PyResult<()> {
        for p in parts {
            match p {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Expr {
                    value,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        out.push_str(t);
                    }
                    let v = self.eval(f, value)?;
                    let v = match conversion {
                        Some('r') => Value::string(self.repr(&v)?),
                        Some('s') => Value::string(self.to_str(&v)?),
                        Some('a') => Value::string(super::repr::ascii_escape(&self.repr(&v)?)?),
                        _ => v,
                    };
                    let spec = match format_spec {
                        Some(sp) => {
                            let mut s = String::new();
                            self.eval_fstring(f, sp, &mut s)?;
                            s
                        }
                        None => String::new(),
                    };
                    out.push_str(&self.format_value(&v, &spec)?);
                }
            }
        }
        Ok(())
    }
}

enum Accum {
    List(Vec<Value>),
    Set(PySet),
    Dict(PyDict),
    /// An async generator expression's items are yielded.
    Yield,
}

impl Accum {
    fn new(kind: CompKind) -> Accum {
        match kind {
            CompKind::List | CompKind::Generator => Accum::List(Vec::new()),
            CompKind::Set => Accum::Set(PySet::new()),
            CompKind::Dict => Accum::Dict(PyDict::new()),
        }
    }
}

/// A function whose parameters are exactly `n` plain positional ones (no
/// defaults needed, no `*args`, `**kwargs` or keyword-only parameters).
pub(crate) fn simple_arity(func: &Function, n: usize) -> bool {
    only_positional_params(func) && func.def.params.args.len() == n
}

/// No `*args`, `**kwargs` or keyword-only parameters.
#[inline(always)]
fn only_positional_params(func: &Function) -> bool {
    let p = &func.def.params;
    p.vararg.is_none() && p.kwarg.is_none() && p.kwonly.is_empty()
}

/// `func(<extra>, *args)` binds plainly: no `*` argument to expand, and
/// only positional parameters, of which the arguments fill the first and
/// defaults the rest. How many defaults it takes, if so.
#[inline(always)]
fn positional_fit(func: &Function, extra: usize, args: &[Expr]) -> Option<usize> {
    if !only_positional_params(func) {
        return None;
    }
    let missing = func.def.params.args.len().checked_sub(extra + args.len())?;
    let fits = missing <= func.defaults.len()
        && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
    fits.then_some(missing)
}

/// The length of a source whose size is known without iterating it.
pub(crate) fn length_hint(v: &Value) -> Option<usize> {
    match v {
        Value::Range(r) => r.len().and_then(|n| usize::try_from(n).ok()),
        Value::List(l) => Some(l.items.borrow().len()),
        Value::Tuple(t) => Some(t.items.len()),
        Value::Dict(d) => Some(d.len()),
        Value::Str(s) => Some(s.nchars),
        _ => None,
    }
}

pub(crate) fn unbound_local(id: &str) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            id
        ),
    )
}

pub(crate) fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

#[allow(dead_code)]
fn _int_marker(_: int::Num) {}

/// A generator expression: lazy, its items are computed as the consumer
/// asks for them. Out of line: the iterator's state is built on the stack,
/// which would make every comprehension's native frame bigger.
#[inline(never)]
fn make_genexpr(c: &Rc<Comprehension>, inner: Frame, first_iter: Value) -> Value {
    crate::runtime::iter::PyIter::new(
        "generator",
        crate::runtime::iter::IterState::GenExpr(Box::new(crate::runtime::iter::GenExprState {
            comp: c.clone(),
            frame: inner,
            iters: vec![first_iter],
        })),
    )
}

/// `locals.push(Some(v))` into room the vector already has (`take_locals`
/// reserved the frame's slots), written inline: `Vec::push` is an
/// out-of-line call here, ~14 instructions per argument of every call.
#[inline(always)]
fn push_slot(locals: &mut Vec<Option<Value>>, v: Value) {
    match locals.spare_capacity_mut().first_mut() {
        Some(slot) => {
            slot.write(Some(v));
            // SAFETY: the element at index `len` (the first spare slot,
            // within capacity) was initialized just above.
            unsafe { locals.set_len(locals.len() + 1) }
        }
        None => locals.push(Some(v)),
    }
}
