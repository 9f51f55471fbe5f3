//! Executing statements.

use std::rc::Rc;

use smallvec::SmallVec;

use pyslot_grammar::ast::*;

use super::frame::Frame;
use super::generator::GenStep;
use super::iterate::PairStep;
use super::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::generator::GenAction;
use crate::runtime::value::Value;

/// Where a `for` loop takes its items from. A list, tuple or range is
/// walked by the loop itself: the iterator object Python code would get
/// from `iter()` is never seen by the loop's body, so none is made.
enum LoopSource {
    List {
        list: Rc<crate::runtime::value::PyList>,
        idx: usize,
    },
    Tuple {
        tuple: Rc<crate::runtime::value::PyTuple>,
        idx: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// An ASCII string (immutable): byte `idx` is the next character.
    AsciiStr {
        text: Rc<crate::runtime::value::PyStr>,
        idx: usize,
    },
    Iter(Value),
}

/// How a statement finished, besides raising.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

impl Interp {
    #[inline(always)]
    pub fn exec_block(&mut self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            match self.exec(f, s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    /// A function's body, to its result. A `return` at the body's own
    /// level (a getter's only statement, a function's last) is answered
    /// here, without a trip through `exec` and a `Flow` to take apart.
    #[inline(always)]
    pub(crate) fn run_body(&mut self, f: &mut Frame, body: &[Stmt]) -> PyResult<Value> {
        for s in body {
            if let StmtKind::Return(value) = &s.kind {
                self.begin_statement(f, s);
                return match value {
                    Some(e) => self.eval(f, e),
                    None => Ok(Value::None),
                };
            }
            match self.exec(f, s)? {
                Flow::Normal => {}
                Flow::Return(v) => return Ok(v),
                // `break` and `continue` outside a loop are compile errors.
                Flow::Break | Flow::Continue => return Ok(Value::None),
            }
        }
        Ok(Value::None)
    }

    /// What comes before any statement: what the previous one dropped is
    /// dealt with (its warnings name its line), then `s` is the current
    /// position for tracebacks.
    #[inline(always)]
    fn begin_statement(&mut self, f: &mut Frame, s: &Stmt) {
        if super::generator::has_pending_closes() {
            self.close_pending_generators(Some(f));
        }
        f.pos = s.span.start;
    }

    pub fn exec(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        self.begin_statement(f, s);
        match &s.kind {
            StmtKind::Expr(e) => {
                // A `yield` statement suspends right here: fewer native frames
                // between the loop and the stack switch make resuming cheaper.
                if let ExprKind::Yield(Some(v)) = &e.kind {
                    let v = self.eval(f, v)?;
                    self.yield_value(v)?;
                } else {
                    // Mostly a call's None: released without a drop call.
                    self.eval(f, e)?.release();
                }
            }
            StmtKind::Assign { targets, value } => {
                // `a, b = b, a % b`: no tuple made to be taken apart.
                if let ([target], ExprKind::Tuple { items, .. }) = (targets.as_slice(), &value.kind)
                {
                    if let ExprKind::Tuple { items: names, .. } | ExprKind::List(names) =
                        &target.kind
                    {
                        if names.len() == items.len() {
                            self.assign_parallel(f, target, value, names, items)?;
                            return Ok(Flow::Normal);
                        }
                    }
                }
                let v = self.eval(f, value)?;
                if let [t] = targets.as_slice() {
                    self.store(f, t, v)?;
                } else {
                    for t in targets {
                        self.store(f, t, v.clone())?;
                    }
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                // `n += 1` on a local number, the loop-counter case, is done
                // here; everything else is out of line, keeping this
                // function's stack frame small for every statement.
                if let ExprKind::Name {
                    scope: NameScope::Local(i),
                    ..
                } = target.kind
                {
                    let i = i as usize;
                    if let Some(Some(cur @ (Value::Int(_) | Value::Float(_)))) = f.locals.get(i) {
                        let cur = cur.clone();
                        let rhs = self.eval(f, value)?;
                        let new = self.inplace_fast(*op, cur, rhs)?;
                        f.locals[i] = Some(new);
                        return Ok(Flow::Normal);
                    }
                }
                self.aug_assign(f, target, *op, value)?
            }
            StmtKind::If { test, body, orelse } => {
                return if self.eval_test(f, test)? {
                    self.exec_block(f, body)
                } else {
                    self.exec_block(f, orelse)
                };
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::For {
                is_async: false, ..
            } => return self.exec_for(f, s),
            StmtKind::While { .. } => return self.exec_while(f, s),
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            _ => return self.exec_cold(f, s),
        }
        Ok(Flow::Normal)
    }

    /// One run of a loop's body: the loop's own result when the body ends
    /// it (a `break` ends it normally, a `return` passes through).
    #[inline(always)]
    pub(super) fn loop_body(&mut self, f: &mut Frame, body: &[Stmt]) -> PyResult<Option<Flow>> {
        Ok(match self.exec_block(f, body)? {
            Flow::Break => Some(Flow::Normal),
            Flow::Return(v) => Some(Flow::Return(v)),
            Flow::Normal | Flow::Continue => None,
        })
    }

    /// The next item of a `for` loop's iterator. A generator is resumed
    /// right here, not through `next`: one native frame fewer to return
    /// through per item.
    #[inline(always)]
    pub fn next_item(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Generator(g) => match self.gen_resume(g, GenAction::Send(Value::None))? {
                GenStep::Yielded(v) => Ok(Some(v)),
                GenStep::Returned(_) => Ok(None),
            },
            _ => self.next(it),
        }
    }

    /// One step of `for a, b in it` (a loop or a comprehension) whose
    /// names are the local `slots` (`two_local_slots`): a pair goes
    /// straight to them, any other item through `target`. False at the end.
    /// (Inlined into its two loops: a call per item costs them ~40
    /// instructions.)
    #[inline(always)]
    pub(super) fn next_into_pair(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        it: &Value,
        (i, j): (usize, usize),
    ) -> PyResult<bool> {
        match self.next_pair(it)? {
            PairStep::Pair(a, b) => {
                f.locals[i] = Some(a);
                f.locals[j] = Some(b);
            }
            PairStep::Item(v) => self.store(f, target, v)?,
            PairStep::End => return Ok(false),
        }
        Ok(true)
    }

    /// A `while` loop. Out of line, with a frame of its own: each loop
    /// nesting costs the native stack only what the loop itself needs.
    #[inline(never)]
    fn exec_while(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::While { test, body, orelse } = &s.kind else {
            unreachable!("exec_while runs while statements")
        };
        loop {
            super::interrupt::check()?;
            if !self.eval_test(f, test)? {
                break;
            }
            if let Some(flow) = self.loop_body(f, body)? {
                return Ok(flow);
            }
        }
        self.exec_block(f, orelse)
    }

    /// A `for` loop (not `async for`). Out of line, with a frame of its
    /// own, for the same reason as `exec_while`.
    #[inline(never)]
    fn exec_for(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async: false,
        } = &s.kind
        else {
            unreachable!("exec_for runs for statements")
        };
        let it = self.eval(f, iter)?;
        let mut source = match it {
            Value::List(list) => LoopSource::List { list, idx: 0 },
            Value::Tuple(tuple) => LoopSource::Tuple { tuple, idx: 0 },
            Value::Range(r) => {
                let (next, step, remaining) = super::iterate::range_walk(&r);
                LoopSource::Range {
                    next,
                    step,
                    remaining,
                }
            }
            Value::Str(text) if text.is_ascii() => LoopSource::AsciiStr { text, idx: 0 },
            other => LoopSource::Iter(self.get_iter(&other)?),
        };
        // `for i, x in enumerate(xs)`, `for k, v in d.items()`: the
        // two values go straight to their local slots.
        let pair = match (&source, &target.kind) {
            (LoopSource::Iter(_), ExprKind::Tuple { items, .. } | ExprKind::List(items)) => {
                two_local_slots(items)
            }
            _ => None,
        };
        loop {
            // What the body's last statement dropped is dealt with
            // at that statement's line.
            if super::generator::has_pending_closes() {
                self.close_pending_generators(Some(f));
            }
            // An error getting the next item is reported at the `for`.
            // (Ctrl-C is seen in `next`, or in the generator's body.)
            f.pos = s.span.start;
            let item = match &mut source {
                LoopSource::List { list, idx } => {
                    super::interrupt::check()?;
                    // Read afresh at each step: the body may change the list.
                    let item = list.items.borrow().get(*idx).cloned();
                    *idx += 1;
                    item
                }
                LoopSource::Tuple { tuple, idx } => {
                    super::interrupt::check()?;
                    let item = tuple.items.get(*idx).cloned();
                    *idx += 1;
                    item
                }
                LoopSource::Range {
                    next,
                    step,
                    remaining,
                } => {
                    super::interrupt::check()?;
                    super::iterate::range_step(next, *step, remaining).map(Value::Int)
                }
                LoopSource::AsciiStr { text, idx } => {
                    super::interrupt::check()?;
                    let byte = text.s.as_bytes().get(*idx).copied();
                    *idx += 1;
                    byte.map(|b| self.str_consts.char(char::from(b)))
                }
                LoopSource::Iter(it) => match pair {
                    None => self.next_item(it)?,
                    Some(slots) => {
                        if !self.next_into_pair(f, target, it, slots)? {
                            break;
                        }
                        // Stored already.
                        None
                    }
                },
            };
            match item {
                Some(item) => self.store(f, target, item)?,
                None if pair.is_none() => break,
                None => {}
            }
            if let Some(flow) = self.loop_body(f, body)? {
                return Ok(flow);
            }
        }
        self.exec_block(f, orelse)
    }

    /// Statements that are rarely the innermost loop body, kept out of
    /// `exec` so its frame stays small.
    #[inline(never)]
    fn exec_cold(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let in_function = !f.func_name().starts_with('<') || &**f.func_name() == "<lambda>";
                let v = match value {
                    Some(v) => Some(self.eval(f, v)?),
                    None => None,
                };
                if !in_function || f.class_ns.is_some() {
                    let ann = self.eval(f, annotation)?;
                    if *simple {
                        if let ExprKind::Name { id, .. } = &target.kind {
                            self.record_annotation(f, id, ann)?;
                        }
                    }
                }
                if let Some(v) = v {
                    self.store(f, target, v)?;
                }
            }
            StmtKind::For { is_async: true, .. } => return self.exec_async_for(f, s),
            StmtKind::FunctionDef(def) => {
                let decorators = self.eval_decorators(f, &def.decorators)?;
                let func = self.make_function(f, def)?;
                f.pos = s.span.start;
                let func = self.apply_decorators(decorators, func)?;
                self.bind_def_name(f, &def.name, func);
            }
            StmtKind::ClassDef(cls) => {
                let decorators = self.eval_decorators(f, &cls.decorators)?;
                let c = self.build_class(f, cls)?;
                f.pos = s.span.start;
                let c = self.apply_decorators(decorators, c)?;
                self.bind_def_name(f, &cls.name, c);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                return Err(self.raise(f, exc, cause.as_deref()).at(s.span))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.exec_try(f, body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => {
                let holds = self.eval_test(f, test)?;
                if !holds {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => vec![],
                    };
                    let err = PyErr::with_args(ExcKind::AssertionError, args);
                    return Err(match assert_caret(test) {
                        Some(span) => err.at(span),
                        None => err,
                    });
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => return self.exec_with(f, items, body, *is_async),
            StmtKind::Match { subject, cases } => return self.exec_match(f, subject, cases),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let (top, leaf) = self.import_dotted(&a.name).map_err(|e| e.at(s.span))?;
                    let bound = if a.asname.is_some() { leaf } else { top };
                    self.store(f, &a.target, bound)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
                star,
            } => {
                let (m, full) = self
                    .import_from_module(f, module.as_deref(), *level)
                    .map_err(|e| e.at(s.span))?;
                if *star {
                    self.import_star(f, &m)?;
                }
                for a in names {
                    let v = self
                        .import_from_name(&m, &full, &a.name)
                        .map_err(|e| e.at(s.span))?;
                    self.store(f, &a.target, v)?;
                }
            }
            _ => {}
        }
        Ok(Flow::Normal)
    }

    fn bind_def_name(&mut self, f: &mut Frame, name: &Name, v: Value) {
        // In a class body, `def __swap` binds `_Heap__swap` (the function
        // keeps its own name), as attribute access mangles `self.__swap`.
        if f.class_ns.is_some() && name.starts_with("__") && !name.ends_with("__") {
            if let super::frame::FrameOwner::Other { name: class, .. } = &f.owner {
                let mangled = super::class_build::mangle(class, name);
                self.store_name(f, &mangled, NameScope::ClassBody, v);
                return;
            }
        }
        // The resolver bound the name in this scope; find how.
        let scope = self.def_name_scope(f, name);
        self.store_name(f, name, scope, v);
    }

    /// How a `def`/`class` statement's name is stored in frame `f`.
    fn def_name_scope(&self, f: &Frame, name: &Name) -> NameScope {
        if f.class_ns.is_some() {
            return NameScope::ClassBody;
        }
        let Some(code) = f.code() else {
            return NameScope::Global;
        };
        let scope = &code.scope;
        // Slots are numbered in u32s, as the resolver counts them.
        let slot = |names: &[Name]| {
            (0u32..)
                .zip(names)
                .find(|(_, n)| *n == name)
                .map(|(i, _)| i)
        };
        if let Some(ci) = slot(&scope.cell_names) {
            return NameScope::Cell(ci);
        }
        match slot(&scope.local_names) {
            Some(i) => NameScope::Local(i),
            None => NameScope::Global,
        }
    }

    /// `cur op= rhs`: ints and floats inline (nothing to release), the
    /// rest through the in-place protocol.
    #[inline(always)]
    pub(super) fn inplace_fast(&mut self, op: BinOp, cur: Value, rhs: Value) -> PyResult<Value> {
        match super::ops::arith_fast(op, &cur, &rhs) {
            Some(v) => {
                std::mem::forget(cur);
                std::mem::forget(rhs);
                Ok(v)
            }
            None => self.inplace_op(op, cur, &rhs),
        }
    }

    /// Decorators apply innermost (last written) first.
    fn apply_decorators(&mut self, decorators: Vec<Value>, mut v: Value) -> PyResult<Value> {
        for d in decorators.into_iter().rev() {
            v = self.call(&d, vec![v], Vec::new())?;
        }
        Ok(v)
    }

    fn eval_decorators(&mut self, f: &mut Frame, decorators: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(decorators.len());
        for d in decorators {
            f.pos = d.span.start;
            out.push(self.eval(f, d)?);
        }
        Ok(out)
    }

    fn record_annotation(&mut self, f: &mut Frame, id: &Name, ann: Value) -> PyResult<()> {
        let ns = f.class_ns.clone().unwrap_or_else(|| f.globals.clone());
        let anns = match ns.get_str("__annotations__") {
            Some(Value::Dict(d)) => d,
            _ => {
                let d = Rc::new(crate::runtime::dict::PyDict::new());
                ns.set_str("__annotations__", Value::Dict(d.clone()));
                d
            }
        };
        anns.set_str(id, ann);
        Ok(())
    }

    /// `t1, t2, ... = e1, e2, ...` (`target = value`) with as many targets
    /// as values: the values are evaluated first, then stored in order, as
    /// unpacking the tuple would. A starred item on either side takes the
    /// general way.
    #[inline(never)]
    fn assign_parallel(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        value: &Expr,
        targets: &[Expr],
        items: &[Expr],
    ) -> PyResult<()> {
        let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
        if targets.iter().any(starred) || items.iter().any(starred) {
            let v = self.eval(f, value)?;
            return self.store(f, target, v);
        }
        // Two values (a swap, a pair of running values) are the commonest:
        // no buffer at all.
        if let ([t0, t1], [e0, e1]) = (targets, items) {
            let v0 = self.eval(f, e0)?;
            let v1 = self.eval(f, e1)?;
            self.store(f, t0, v0)?;
            return self.store(f, t1, v1);
        }
        let mut values: SmallVec<[Value; 8]> = SmallVec::with_capacity(items.len());
        for e in items {
            values.push(self.eval(f, e)?);
        }
        // Drained in place: the buffer is not moved into an iterator.
        for (t, v) in targets.iter().zip(values.drain(..)) {
            self.store(f, t, v)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn aug_assign(
        &mut self,
        f: &mut Frame,
        target: &Expr,
        op: BinOp,
        value: &Expr,
    ) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name {
                id,
                scope: NameScope::Global,
                site,
            } => {
                let cur = self
                    .load_global_cached(f, id, *site)
                    .map_err(|e| e.at(target.span))?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_fast(op, cur, rhs)?;
                self.store_global_cached(f, id, *site, new);
            }
            ExprKind::Name { id, scope, .. } => {
                let cur = self
                    .load_name(f, id, *scope)
                    .map_err(|e| e.at(target.span))?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_fast(op, cur, rhs)?;
                self.store_name(f, id, *scope, new);
            }
            ExprKind::Attribute {
                value: obj,
                attr,
                site,
            } => {
                let o = match f.local_ref(obj) {
                    Some(o) => o.clone(),
                    None => self.eval(f, obj)?,
                };
                let cur = self
                    .getattr_cached(&o, attr, f.sites.attr(*site))
                    .map_err(|e| e.at(target.span))?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_fast(op, cur, rhs)?;
                self.setattr_cached(&o, attr, new, f.sites.attr(*site))
                    .map_err(|e| e.at(target.span))?;
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                let cur = self.getitem(&o, &i).map_err(|e| e.at(target.span))?;
                let rhs = self.eval(f, value)?;
                let new = self.inplace_fast(op, cur, rhs)?;
                self.setitem(&o, &i, new).map_err(|e| e.at(target.span))?;
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::SyntaxError,
                    "illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    // -------------------------------------------------------- exceptions

    fn raise(&mut self, f: &mut Frame, exc: &Option<Expr>, cause: Option<&Expr>) -> PyErr {
        let Some(exc) = exc else {
            // Bare `raise`: re-raise the exception being handled.
            return match self.handling.last().cloned() {
                Some(v) => self.reraise(v),
                None => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
            };
        };
        let v = match self.eval(f, exc) {
            Ok(v) => v,
            Err(e) => return e,
        };
        let mut err = match self.make_exception(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cv = match self.eval(f, c) {
                Ok(v) => v,
                Err(e) => return e,
            };
            let cause_val = match &cv {
                Value::None => Value::None,
                Value::Class(_) | Value::Instance(_) => match self.make_exception(cv.clone()) {
                    Ok(mut ce) => Value::Instance(self.exc_object(&mut ce)),
                    Err(e) => return e,
                },
                _ => return PyErr::type_error("exception causes must derive from BaseException"),
            };
            let inst = self.exc_object(&mut err);
            if let Some(data) = inst.exc() {
                let mut d = data.borrow_mut();
                d.cause = if cause_val.is_none() {
                    None
                } else {
                    Some(cause_val)
                };
                d.suppress_context = true;
            }
        }
        err
    }

    fn exec_try(
        &mut self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let result = self.exec_block(f, body);
        self.try_tail(f, result, handlers, orelse, finalbody)
    }

    /// What follows a `try` block that ended with `result`: the handlers
    /// (for an exception), `else` (for a normal end), `finally`.
    pub(super) fn try_tail(
        &mut self,
        f: &mut Frame,
        mut result: PyResult<Flow>,
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        match result {
            Err(err) if !handlers.is_empty() => {
                result = self.handle(f, err, handlers);
            }
            Ok(Flow::Normal) if !orelse.is_empty() => {
                result = self.exec_block(f, orelse);
            }
            _ => {}
        }
        if finalbody.is_empty() {
            return result;
        }
        let pending = match result {
            Err(mut e) => {
                // The exception is "being handled" while `finally` runs, so
                // an error raised there chains to it.
                self.add_frame_once(f, &mut e);
                let inst = self.exc_object(&mut e);
                self.handling.push(Value::Instance(inst));
                Err(e)
            }
            ok => ok,
        };
        let is_err = pending.is_err();
        let fin = self.exec_block(f, finalbody);
        if is_err {
            self.handling.pop();
        }
        match fin {
            Ok(Flow::Normal) => pending,
            Ok(flow) => Ok(flow),
            Err(mut e2) => {
                if let Err(mut e) = pending {
                    let ctx = self.exc_object(&mut e);
                    self.set_context(&mut e2, Value::Instance(ctx));
                }
                Err(e2)
            }
        }
    }

    /// Find the handler for `err`; run it. Unmatched errors pass through.
    fn handle(&mut self, f: &mut Frame, err: PyErr, handlers: &[ExceptHandler]) -> PyResult<Flow> {
        for h in handlers {
            let matched = match &h.typ {
                None => true,
                Some(t) => {
                    let tv = self.eval(f, t)?;
                    self.exception_matches(&err, &tv)?
                }
            };
            if !matched {
                continue;
            }
            let exc_value = self.enter_handler(f, err, h)?;
            let r = self.exec_block(f, &h.body);
            self.leave_handler(f, h);
            return match r {
                Err(mut e2) => {
                    self.set_context(&mut e2, exc_value);
                    Err(e2)
                }
                ok => ok,
            };
        }
        Err(err)
    }

    /// Start handling `err` in handler `h`: chain it to the exception
    /// already being handled, bind `as name`, mark it handled. Gives the
    /// exception object.
    pub(super) fn enter_handler(
        &mut self,
        f: &mut Frame,
        mut err: PyErr,
        h: &ExceptHandler,
    ) -> PyResult<Value> {
        self.add_frame_once(f, &mut err);
        // Raised while another exception was being handled (and caught
        // before it left that handler): that one is its context.
        if let Some(current) = self.handling.last().cloned() {
            self.set_context(&mut err, current);
        }
        let exc_value = Value::Instance(self.exc_object(&mut err));
        if let Some(name) = &h.name {
            self.store(f, name, exc_value.clone())?;
        }
        self.handling.push(exc_value.clone());
        Ok(exc_value)
    }

    /// The end of handler `h`, however it ends.
    pub(super) fn leave_handler(&mut self, f: &mut Frame, h: &ExceptHandler) {
        self.handling.pop();
        if let Some(name) = &h.name {
            // `except E as e` deletes `e` at the end of the handler.
            let _ = self.delete(f, name);
        }
    }

    /// Record this frame in the traceback the first time the exception
    /// passes through it (before a handler sees it).
    pub(super) fn add_frame_once(&self, f: &Frame, err: &mut PyErr) {
        if !err.0.frame_recorded {
            f.add_traceback(err);
            err.0.frame_recorded = true;
        }
    }

    /// A context manager's `__exit__` (awaited `__aexit__` for `async
    /// with`) for the exception `e` its body raised: `e` propagates unless
    /// the exit returns a true value.
    pub(crate) fn exit_on_error(
        &mut self,
        exit: &Value,
        mut e: PyErr,
        awaited: bool,
    ) -> PyResult<Flow> {
        let inst = self.exc_object(&mut e);
        let typ = Value::Class(inst.class().clone());
        self.handling.push(Value::Instance(inst.clone()));
        let r = self
            .call(
                exit,
                vec![typ, Value::Instance(inst), Value::None],
                Vec::new(),
            )
            .and_then(|v| {
                if awaited {
                    self.await_from(&v, "__aexit__")
                } else {
                    Ok(v)
                }
            });
        self.handling.pop();
        let suppress = match r {
            Ok(v) => self.truthy(&v)?,
            Err(mut e2) => {
                // Raised while the body's exception was being handled.
                let ctx = self.exc_object(&mut e);
                self.set_context(&mut e2, Value::Instance(ctx));
                return Err(e2);
            }
        };
        if suppress {
            Ok(Flow::Normal)
        } else {
            Err(e)
        }
    }

    /// Evaluate a `with` item's manager and enter it (awaiting
    /// `__aenter__()` for `async with`): its exit method and what entering
    /// gave.
    pub(super) fn enter_manager(
        &mut self,
        f: &mut Frame,
        context: &Expr,
        awaited: bool,
    ) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name, protocol) = if awaited {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let mgr = self.eval(f, context)?;
        let enter = self.special_method(&mgr, enter_name);
        let exit = self.special_method(&mgr, exit_name);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.special_method(&mgr, enter_name).is_none() {
                String::new()
            } else {
                format!(" (missed {exit_name} method)")
            };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the {protocol} protocol{missing}",
                mgr.type_name()
            )));
        };
        let mut entered = self.call(&enter, Vec::new(), Vec::new())?;
        if awaited {
            entered = self.await_from(&entered, enter_name)?;
        }
        Ok((exit, entered))
    }

    /// `with a as x, b: body`, or `async with` (`awaited`): each manager's
    /// enter and exit methods (`__aenter__`/`__aexit__`, their results
    /// awaited, for `async with`).
    fn exec_with(
        &mut self,
        f: &mut Frame,
        items: &[WithItem],
        body: &[Stmt],
        awaited: bool,
    ) -> PyResult<Flow> {
        let Some((first, rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let exit_name = if awaited { "__aexit__" } else { "__exit__" };
        // `__exit__` runs at the `with` line, as tracebacks show it.
        let with_pos = f.pos;
        let (exit, entered) = self.enter_manager(f, &first.context, awaited)?;
        let result = match &first.target {
            Some(t) => self.store(f, t, entered),
            None => Ok(()),
        };
        let result = match result {
            Ok(()) => self.exec_with(f, rest, body, awaited),
            Err(e) => Err(e),
        };
        f.pos = with_pos;
        match result {
            Ok(flow) => {
                let r = self.call(
                    &exit,
                    vec![Value::None, Value::None, Value::None],
                    Vec::new(),
                )?;
                if awaited {
                    self.await_from(&r, exit_name)?;
                }
                Ok(flow)
            }
            Err(mut e) => {
                self.add_frame_once(f, &mut e);
                self.exit_on_error(&exit, e, awaited)
            }
        }
    }
}

/// Where a failed `assert` points: CPython's carets sit under the test's
/// last comparison (looking through `and`, `or` and `not`), and there are
/// none when it has no comparison at that level.
fn assert_caret(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_caret),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_caret(operand),
        _ => None,
    }
}

/// The local slots of a two-name target (`i, x`), when both are plain
/// locals of this frame (and not the same name twice).
pub(super) fn two_local_slots(items: &[Expr]) -> Option<(usize, usize)> {
    use super::eval::local_slot;
    match items {
        [a, b] => match (local_slot(a)?, local_slot(b)?) {
            (i, j) if i != j => Some((i, j)),
            _ => None,
        },
        _ => None,
    }
}
