//! Generators and coroutines that run on the caller's stack.
//!
//! Most generator functions and `async def`s suspend (`yield`, `yield
//! from`, `await`) only where `walk::flat_resumable` admits: statements and
//! most expressions, in any block of `for`, `while`, `if`, `with` and `try`
//! statements (`FunctionDef.flat_generator`). Their bodies are unrolled
//! into a list of steps (`pyslot_grammar::flat`), so a suspended one is
//! just a step number, its frame, its loops' iterators, its open blocks,
//! the values an expression it stopped inside has computed so far and the
//! iterator a `yield from` or `await` delegates to: a few hundred bytes,
//! where a stack of its own costs pages. Resuming is an ordinary call that
//! jumps to that step: no stack to switch to, and the CPU's return
//! prediction keeps working. The others (a suspension in a `with` header,
//! a comprehension, an f-string, a starred argument or a chained
//! comparison; `async for` and `async with`) run on a coroutine stack
//! (`generator.rs`).

use std::rc::Rc;

use pyslot_grammar::ast::{ExceptHandler, Expr, ExprKind, Span, Stmt, StmtKind};
use pyslot_grammar::flat::{FlatCode, FlatOp, LoopExits};

use super::exec::Flow;
use super::frame::Frame;
use super::generator::GenStep;
use super::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Function;
use crate::runtime::generator::{GenAction, GenKind};
use crate::runtime::set::PySet;
use crate::runtime::value::Value;

/// A suspended flat generator: its frame, the step it stopped at, its
/// loops' iterators and its open blocks.
pub struct FlatGen {
    pub frame: Frame,
    pub func: Rc<Function>,
    /// The next step to run; at a `Yield` or `YieldFrom` step once
    /// suspended there.
    pc: u32,
    /// Whether it is suspended at the step `pc`.
    at_yield: bool,
    iters: Box<[Option<Value>]>,
    /// The `try` and `with` blocks open, innermost last.
    blocks: Vec<Block>,
    /// The iterator a suspended `yield from` or `await` passes values to
    /// and from.
    delegate: Option<Value>,
    /// What only some generators use, made when first needed: most
    /// suspend only between statements and outside handlers.
    rare: Option<Box<RareState>>,
}

/// The parts of a suspended flat generator most never use.
#[derive(Default)]
struct RareState {
    /// The operands of the statement it is suspended in (empty between
    /// statements).
    stack: Vec<Value>,
    /// The exception on its way to the handlers of an unrolled `try`.
    caught: Option<PyErr>,
}

/// An open block: the step that opened it, and what leaving it needs.
struct Block {
    start: u32,
    kind: BlockKind,
}

enum BlockKind {
    /// A `try` block whose handlers, `else` and `finally` run whole.
    Try,
    /// A `with` body: the manager's `__exit__`.
    With(Value),
    /// The guards of a `try` statement unrolled whole (`FlatOp::FinallyGuard`,
    /// `FlatOp::ExceptGuard`).
    FinallyGuard,
    ExceptGuard,
    /// A handler's block: the exception it handles.
    Handler(Value),
    /// A `finally` block: what was leaving when it was entered (nothing
    /// when entered normally), and that exception's object, which is being
    /// handled meanwhile.
    Finally {
        pending: Option<Leaving>,
        handled: Option<Value>,
    },
}

impl Block {
    /// The exception this block has "being handled" (`sys.exc_info()`, the
    /// context of exceptions raised in it).
    fn handled(&self) -> Option<&Value> {
        match &self.kind {
            BlockKind::Handler(exc) => Some(exc),
            BlockKind::Finally { handled, .. } => handled.as_ref(),
            _ => None,
        }
    }
}

/// Why the steps stopped running in order: an exception, or a `return`,
/// `break` or `continue` that leaves open blocks (with the loop's exits).
enum Leaving {
    Error(PyErr),
    Flow(Flow, Option<LoopExits>),
}

impl From<PyErr> for Leaving {
    fn from(e: PyErr) -> Leaving {
        Leaving::Error(e)
    }
}

/// Where to go on after a block is left.
enum Next {
    Step(usize),
    Done(GenStep),
}

impl FlatGen {
    /// Report what the suspended frame holds to the cycle collector: each
    /// value through `value`, and the addresses of its function, globals and
    /// cells to `edge`.
    pub(crate) fn visit(
        &self,
        edge: &mut dyn FnMut(usize),
        value: fn(&Value, &mut dyn FnMut(usize)),
    ) {
        let addr = |p: *const ()| p as usize;
        for v in self.frame.locals.iter().chain(&self.iters).flatten() {
            value(v, edge);
        }
        for v in self.rare.iter().flat_map(|r| &r.stack) {
            value(v, edge);
        }
        for b in &self.blocks {
            if let BlockKind::With(v) | BlockKind::Handler(v) = &b.kind {
                value(v, edge);
            }
        }
        if let Some(v) = &self.delegate {
            value(v, edge);
        }
        for cell in &self.frame.cells {
            edge(addr(Rc::as_ptr(cell) as *const ()));
        }
        edge(addr(Rc::as_ptr(&self.frame.globals) as *const ()));
        edge(addr(Rc::as_ptr(&self.func) as *const ()));
        if let crate::interp::frame::FrameOwner::Function(f) = &self.frame.owner {
            edge(addr(Rc::as_ptr(f) as *const ()));
        }
        if let Some(ns) = &self.frame.class_ns {
            edge(addr(Rc::as_ptr(ns) as *const ()));
        }
    }

    /// A flat generator of `func` about to run its body, with room for
    /// `slots` loop iterators (its steps' `iter_slots`).
    pub fn new(func: Rc<Function>, mut frame: Frame, slots: usize) -> FlatGen {
        // The locals may come from the pool with room for a bigger frame; a
        // suspended generator can live long, and there may be many.
        frame.locals.shrink_to_fit();
        FlatGen {
            frame,
            func,
            pc: 0,
            at_yield: false,
            iters: (0..slots).map(|_| None).collect(),
            blocks: Vec::new(),
            delegate: None,
            rare: None,
        }
    }

    /// Whether closing it runs code: a `finally` block or an `__exit__`
    /// is pending, or a delegate must be closed.
    pub fn needs_close(&self) -> bool {
        !self.blocks.is_empty() || self.delegate.is_some()
    }

    /// Bytes this generator owns besides the struct itself.
    pub fn owned_bytes(&self) -> usize {
        (self.frame.locals.capacity() + self.iters.len()) * std::mem::size_of::<Option<Value>>()
            + self.blocks.capacity() * std::mem::size_of::<Block>()
            + self.rare.as_ref().map_or(0, |r| {
                std::mem::size_of::<RareState>() + r.stack.capacity() * std::mem::size_of::<Value>()
            })
    }

    fn rare(&mut self) -> &mut RareState {
        self.rare.get_or_insert_with(Box::default)
    }

    fn push(&mut self, v: Value) {
        self.rare().stack.push(v);
    }

    fn top(&self) -> Value {
        self.rare
            .as_ref()
            .and_then(|r| r.stack.last().cloned())
            .unwrap_or(Value::None)
    }

    fn take_caught(&mut self) -> Option<PyErr> {
        self.rare.as_mut().and_then(|r| r.caught.take())
    }

    fn pop(&mut self) -> Value {
        // The steps push every operand they pop: never empty here.
        self.rare().stack.pop().unwrap_or(Value::None)
    }

    /// The top `n` values, first pushed first.
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let stack = &mut self.rare().stack;
        let at = stack.len().saturating_sub(n);
        stack.split_off(at)
    }
}

/// The steps of a flat generator function, made on first use (`None` only
/// if its unit's tables have none for it: it then runs on a stack of its
/// own, see `make_generator`).
pub(crate) fn flat_code(func: &Function) -> Option<&FlatCode<'_>> {
    func.sites.flat_body(&func.def)
}

/// The position of step `i`, kept while suspended there.
fn step_index(i: usize) -> u32 {
    u32::try_from(i).expect("flat code positions are u32s")
}

impl Interp {
    /// Run a flat generator until its next `yield` or its end. `action` is
    /// what the suspended `yield` evaluates to (or raises).
    #[inline(always)]
    pub fn flat_resume(&mut self, g: &mut FlatGen, action: GenAction) -> PyResult<GenStep> {
        let func = g.func.clone();
        let Some(code) = flat_code(&func) else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "a flat generator without its steps",
            ));
        };
        // The exceptions its open handlers and `finally` blocks handle are
        // being handled again while it runs, and not while it is suspended.
        let base = self.handling.len();
        if !g.blocks.is_empty() {
            self.handling
                .extend(g.blocks.iter().filter_map(|b| b.handled().cloned()));
        }
        let r = self.run_steps(g, code, action);
        if self.handling.len() > base {
            self.handling.truncate(base);
        }
        match r {
            Ok(step) => Ok(step),
            Err(mut e) => {
                g.frame.add_traceback(&mut e);
                Err(e)
            }
        }
    }

    #[inline(always)]
    fn run_steps(
        &mut self,
        g: &mut FlatGen,
        code: &FlatCode,
        action: GenAction,
    ) -> PyResult<GenStep> {
        let mut i = g.pc as usize;
        let mut leaving = None;
        if g.at_yield {
            // The step it stopped at goes on with what was sent, or raises
            // what was thrown in.
            g.at_yield = false;
            match code.ops.get(i) {
                Some(FlatOp::YieldFrom(s)) => match self.delegate_resume(g, s, action) {
                    Ok(Some(v)) => {
                        g.at_yield = true;
                        return Ok(GenStep::Yielded(v));
                    }
                    Ok(None) => i += 1,
                    Err(e) => leaving = Some(Leaving::Error(e)),
                },
                Some(FlatOp::Yield(s)) => match action {
                    GenAction::Send(sent) => {
                        if let StmtKind::Assign { targets, .. } = &s.kind {
                            if let Err(e) = self.store_all(&mut g.frame, targets, sent) {
                                leaving = Some(Leaving::Error(e));
                            }
                        }
                        i += 1;
                    }
                    GenAction::Throw(e) => leaving = Some(Leaving::Error(e)),
                },
                Some(
                    op @ (FlatOp::YieldTop(_) | FlatOp::YieldFromTop(_) | FlatOp::AwaitTop(_)),
                ) => match self.resume_in_expression(g, op, action) {
                    Ok(Some(v)) => {
                        g.at_yield = true;
                        return Ok(GenStep::Yielded(v));
                    }
                    Ok(None) => i += 1,
                    Err(e) => leaving = Some(Leaving::Error(e)),
                },
                _ => i += 1,
            }
        }
        loop {
            if let Some(l) = leaving.take() {
                // Whatever the statement left had computed is dropped.
                if let Some(r) = &mut g.rare {
                    r.stack.clear();
                    r.caught = None;
                }
                match self.leave(g, code, l)? {
                    Next::Step(to) => i = to,
                    Next::Done(step) => return Ok(step),
                }
            }
            match self.run_ops(g, code, &mut i) {
                Ok(step) => return Ok(step),
                Err(l) => leaving = Some(l),
            }
        }
    }

    /// Resume a generator suspended inside an expression: what it yields
    /// next, or None once the suspended step has pushed its value.
    #[cold]
    #[inline(never)]
    fn resume_in_expression(
        &mut self,
        g: &mut FlatGen,
        op: &FlatOp,
        action: GenAction,
    ) -> PyResult<Option<Value>> {
        match op {
            FlatOp::YieldTop(_) => match action {
                GenAction::Send(sent) => {
                    g.push(sent);
                    Ok(None)
                }
                GenAction::Throw(e) => Err(e),
            },
            FlatOp::YieldFromTop(e) | FlatOp::AwaitTop(e) => {
                let is_await = matches!(op, FlatOp::AwaitTop(_));
                match self.delegate_go(g, e.span, action, is_await)? {
                    GenStep::Yielded(v) => Ok(Some(v)),
                    GenStep::Returned(v) => {
                        g.push(v);
                        Ok(None)
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// Store what a `yield` was sent into its targets.
    fn store_all(&mut self, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
        if let [t] = targets {
            return self.store(f, t, v);
        }
        for t in targets {
            self.store(f, t, v.clone())?;
        }
        Ok(())
    }

    /// One step of a suspended `yield from`: what its delegate yields, or
    /// `None` once it returned (its value stored).
    fn delegate_resume(
        &mut self,
        g: &mut FlatGen,
        s: &Stmt,
        action: GenAction,
    ) -> PyResult<Option<Value>> {
        let (StmtKind::Expr(e) | StmtKind::Assign { value: e, .. }) = &s.kind else {
            return Ok(None);
        };
        match self.delegate_go(g, e.span, action, false)? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(v) => {
                if let StmtKind::Assign { targets, .. } = &s.kind {
                    self.store_all(&mut g.frame, targets, v)?;
                }
                Ok(None)
            }
        }
    }

    /// One step of a suspended `yield from` or `await` inside an
    /// expression: what its delegate yields, or what it returned.
    fn delegate_go(
        &mut self,
        g: &mut FlatGen,
        span: Span,
        action: GenAction,
        is_await: bool,
    ) -> PyResult<GenStep> {
        // Borrowed, not cloned: this generator's state is out of its object
        // while it runs, so nothing else can drop the delegate meanwhile.
        let Some(sub) = &g.delegate else {
            return Ok(GenStep::Returned(Value::None));
        };
        // A generator, the usual delegate, is resumed directly: two native
        // frames fewer per level of a recursive `yield from`.
        let step = match sub {
            Value::Generator(sg) => self.gen_resume(sg, action),
            _ => self.yield_from_step(sub, action),
        };
        match step {
            Ok(GenStep::Yielded(v)) => {
                if is_await {
                    // The resumer learns what is awaited (`cr_await`).
                    self.await_stash = Some(sub.clone());
                }
                Ok(GenStep::Yielded(v))
            }
            done => {
                g.delegate = None;
                // An error from the delegate points at the whole expression.
                done.map_err(|err| err.at(span))
            }
        }
    }

    /// Start delegating to `sub` (`yield from`, `await`): suspend with what
    /// it yields first, or push what it returned at once.
    fn delegate_start(
        &mut self,
        g: &mut FlatGen,
        e: &Expr,
        sub: Value,
        is_await: bool,
        i: usize,
    ) -> Result<Option<GenStep>, Leaving> {
        g.delegate = Some(sub);
        match self.delegate_go(g, e.span, GenAction::Send(Value::None), is_await)? {
            GenStep::Yielded(v) => {
                g.pc = step_index(i - 1);
                g.at_yield = true;
                Ok(Some(GenStep::Yielded(v)))
            }
            GenStep::Returned(v) => {
                g.push(v);
                Ok(None)
            }
        }
    }

    /// Run the steps from `*i` until a `yield` or the end; stop with a
    /// `Leaving` when open blocks must be left first.
    fn run_ops(
        &mut self,
        g: &mut FlatGen,
        code: &FlatCode,
        i: &mut usize,
    ) -> Result<GenStep, Leaving> {
        while let Some(op) = code.ops.get(*i) {
            *i += 1;
            let f = &mut g.frame;
            match op {
                FlatOp::Exec { stmt, exits } => match self.exec(f, stmt)? {
                    Flow::Normal => {}
                    Flow::Return(v) if g.blocks.is_empty() => return Ok(GenStep::Returned(v)),
                    Flow::Return(v) => return Err(Leaving::Flow(Flow::Return(v), None)),
                    flow => match exits {
                        Some(e) if e.depth as usize == g.blocks.len() => {
                            *i = if matches!(flow, Flow::Break) {
                                e.break_to
                            } else {
                                e.continue_to
                            } as usize
                        }
                        Some(_) => return Err(Leaving::Flow(flow, *exits)),
                        None => return Ok(GenStep::Returned(Value::None)),
                    },
                },
                FlatOp::Yield(stmt) => {
                    let s = *stmt;
                    f.pos = s.span.start;
                    let (StmtKind::Expr(e) | StmtKind::Assign { value: e, .. }) = &s.kind else {
                        continue;
                    };
                    let v = match &e.kind {
                        ExprKind::Yield(Some(v)) => self.eval(f, v)?,
                        _ => Value::None,
                    };
                    g.pc = step_index(*i - 1);
                    g.at_yield = true;
                    self.own_yield(g);
                    return Ok(GenStep::Yielded(v));
                }
                FlatOp::YieldFrom(stmt) => {
                    let s = *stmt;
                    f.pos = s.span.start;
                    let (StmtKind::Expr(e) | StmtKind::Assign { value: e, .. }) = &s.kind else {
                        continue;
                    };
                    let ExprKind::YieldFrom(inner) = &e.kind else {
                        continue;
                    };
                    let src = self.eval(f, inner)?;
                    let sub = self.delegate_of(&src).map_err(|err| err.at(e.span))?;
                    g.delegate = Some(sub);
                    if let Some(v) = self.delegate_resume(g, s, GenAction::Send(Value::None))? {
                        g.pc = step_index(*i - 1);
                        g.at_yield = true;
                        return Ok(GenStep::Yielded(v));
                    }
                }
                FlatOp::TryStart { .. } => g.blocks.push(Block {
                    start: step_index(*i - 1),
                    kind: BlockKind::Try,
                }),
                FlatOp::TryEnd { exits, .. } => {
                    let Some(b) = g.blocks.pop() else { continue };
                    match self.leave_block(g, code, &b, Ok(Flow::Normal))? {
                        Flow::Normal => {}
                        flow => return Err(Leaving::Flow(flow, *exits)),
                    }
                }
                FlatOp::WithStart { stmt, item, .. } => {
                    let s = *stmt;
                    f.pos = s.span.start;
                    let StmtKind::With { items, .. } = &s.kind else {
                        continue;
                    };
                    let Some(item) = items.get(*item as usize) else {
                        continue;
                    };
                    let (exit, entered) = self.enter_manager(f, &item.context, false)?;
                    g.blocks.push(Block {
                        start: step_index(*i - 1),
                        kind: BlockKind::With(exit),
                    });
                    if let Some(t) = &item.target {
                        self.store(&mut g.frame, t, entered)?;
                    }
                }
                FlatOp::WithEnd { .. } => {
                    let Some(b) = g.blocks.pop() else { continue };
                    self.leave_block(g, code, &b, Ok(Flow::Normal))?;
                }
                FlatOp::GetIter { stmt, slot } => {
                    let s = *stmt;
                    f.pos = s.span.start;
                    if let StmtKind::For { iter, .. } = &s.kind {
                        let it = self.eval(f, iter)?;
                        let it = self.get_iter(&it)?;
                        if let Some(place) = g.iters.get_mut(*slot as usize) {
                            *place = Some(it);
                        }
                    }
                }
                FlatOp::ForIter {
                    stmt,
                    slot,
                    exhausted,
                } => {
                    // A loop's head: Ctrl-C is seen here as in any loop.
                    super::interrupt::check()?;
                    let s = *stmt;
                    let Some(Some(it)) = g.iters.get(*slot as usize) else {
                        *i = *exhausted as usize;
                        continue;
                    };
                    f.pos = s.span.start;
                    match self.next_item(it)? {
                        Some(item) => {
                            if let StmtKind::For { target, .. } = &s.kind {
                                self.store(f, target, item)?;
                            }
                        }
                        None => {
                            g.iters[*slot as usize] = None;
                            *i = *exhausted as usize;
                        }
                    }
                }
                FlatOp::EndFor { slot } => {
                    if let Some(place) = g.iters.get_mut(*slot as usize) {
                        *place = None;
                    }
                }
                FlatOp::JumpIfFalse { stmt, target } => {
                    super::interrupt::check()?;
                    let s = *stmt;
                    f.pos = s.span.start;
                    if let StmtKind::If { test, .. } | StmtKind::While { test, .. } = &s.kind {
                        if !self.eval_test(f, test)? {
                            *i = *target as usize;
                        }
                    }
                }
                FlatOp::Jump(target) => *i = *target as usize,
                rare => {
                    if let Some(step) = self.run_rare_op(g, code, rare, i)? {
                        return Ok(step);
                    }
                }
            }
        }
        g.pc = u32::try_from(*i).expect("flat code positions are u32s");
        Ok(GenStep::Returned(Value::None))
    }

    /// The steps of statements that suspend inside an expression and of
    /// `try` statements unrolled whole: kept out of `run_ops`, so that the
    /// common steps' loop stays small. `Some` when the generator suspends
    /// or returns.
    #[cold]
    #[inline(never)]
    fn run_rare_op(
        &mut self,
        g: &mut FlatGen,
        code: &FlatCode,
        op: &FlatOp,
        i: &mut usize,
    ) -> Result<Option<GenStep>, Leaving> {
        let f = &mut g.frame;
        match op {
            FlatOp::Line(s) => f.pos = s.span.start,
            FlatOp::FinallyGuard { .. } => g.blocks.push(Block {
                start: step_index(*i - 1),
                kind: BlockKind::FinallyGuard,
            }),
            FlatOp::ExceptGuard { .. } => g.blocks.push(Block {
                start: step_index(*i - 1),
                kind: BlockKind::ExceptGuard,
            }),
            FlatOp::PopGuard => {
                g.blocks.pop();
            }
            FlatOp::ExceptMatch {
                stmt,
                handler,
                next,
            } => {
                let StmtKind::Try { handlers, .. } = &stmt.kind else {
                    return Ok(None);
                };
                let Some(h) = handlers.get(*handler as usize) else {
                    return Ok(None);
                };
                if !self.handler_matches(g, h)? {
                    *i = *next as usize;
                    return Ok(None);
                }
                let Some(err) = g.take_caught() else {
                    return Ok(None);
                };
                let exc = self.enter_handler(&mut g.frame, err, h)?;
                g.blocks.push(Block {
                    start: step_index(*i - 1),
                    kind: BlockKind::Handler(exc),
                });
            }
            FlatOp::ExceptEnd { .. } => {
                if let Some(b) = g.blocks.pop() {
                    let op = code.ops.get(b.start as usize);
                    self.leave_flat_handler(g, op);
                }
            }
            FlatOp::Reraise => {
                if let Some(e) = g.take_caught() {
                    return Err(Leaving::Error(e));
                }
            }
            FlatOp::FinallyStart => {
                g.blocks.pop();
                g.blocks.push(Block {
                    start: step_index(*i - 1),
                    kind: BlockKind::Finally {
                        pending: None,
                        handled: None,
                    },
                });
            }
            FlatOp::FinallyEnd => {
                if let Some(Block {
                    kind: BlockKind::Finally { pending, handled },
                    ..
                }) = g.blocks.pop()
                {
                    if handled.is_some() {
                        self.handling.pop();
                    }
                    if let Some(l) = pending {
                        return Err(l);
                    }
                }
            }
            FlatOp::Push(e) => {
                let v = self.eval(f, e)?;
                g.push(v);
            }
            FlatOp::PushNone => g.push(Value::None),
            FlatOp::YieldTop(_) => {
                let v = g.pop();
                g.pc = step_index(*i - 1);
                g.at_yield = true;
                self.own_yield(g);
                return Ok(Some(GenStep::Yielded(v)));
            }
            FlatOp::YieldFromTop(e) => {
                let e = *e;
                let src = g.pop();
                let sub = self.delegate_of(&src).map_err(|err| err.at(e.span))?;
                if let Some(step) = self.delegate_start(g, e, sub, false, *i)? {
                    return Ok(Some(step));
                }
            }
            FlatOp::AwaitTop(e) => {
                let e = *e;
                let x = g.pop();
                let sub = self.awaited_iter(&x).map_err(|err| err.at(e.span))?;
                if let Some(step) = self.delegate_start(g, e, sub, true, *i)? {
                    return Ok(Some(step));
                }
            }
            FlatOp::PopTop => {
                g.pop();
            }
            FlatOp::ReturnTop => {
                let v = g.pop();
                if g.blocks.is_empty() {
                    return Ok(Some(GenStep::Returned(v)));
                }
                return Err(Leaving::Flow(Flow::Return(v), None));
            }
            FlatOp::StoreTop(s) => {
                let v = g.pop();
                if let StmtKind::Assign { targets, .. } = &s.kind {
                    self.store_all(&mut g.frame, targets, v)?;
                }
            }
            FlatOp::TestTop { target } => {
                super::interrupt::check()?;
                let v = g.pop();
                if !self.truthy(&v)? {
                    *i = *target as usize;
                }
            }
            FlatOp::GetIterTop { slot } => {
                let v = g.pop();
                let it = self.get_iter(&v)?;
                if let Some(place) = g.iters.get_mut(*slot as usize) {
                    *place = Some(it);
                }
            }
            FlatOp::PopJumpIfFalse(target) => {
                let v = g.pop();
                if !self.truthy(&v)? {
                    *i = *target as usize;
                }
            }
            FlatOp::JumpIfFalseOrPop(target) | FlatOp::JumpIfTrueOrPop(target) => {
                let when = matches!(op, FlatOp::JumpIfTrueOrPop(_));
                let top = g.top();
                if self.truthy(&top)? == when {
                    *i = *target as usize;
                } else {
                    g.pop();
                }
            }
            FlatOp::AugLoad(s) => {
                let cur = self.aug_load(g, s)?;
                g.push(cur);
            }
            FlatOp::AugStore(s) => self.aug_store(g, s)?,
            FlatOp::Call(e)
            | FlatOp::Binary(e)
            | FlatOp::Unary(e)
            | FlatOp::Compare(e)
            | FlatOp::Attribute(e)
            | FlatOp::Item(e)
            | FlatOp::Build(e) => {
                let e = *e;
                let v = match self.operate(g, e) {
                    Ok(v) => v,
                    Err(err) => return Err(self.locate_error(err, &g.frame, e).into()),
                };
                g.push(v);
            }
            _ => {}
        }
        Ok(None)
    }

    /// A `yield` of the generator's own: an async generator's resumer
    /// tells it from an `await`'s suspension by `async_yielded`.
    #[inline(always)]
    fn own_yield(&mut self, g: &FlatGen) {
        if g.func.def.is_async {
            self.async_yielded = true;
        }
    }

    /// Whether the exception on its way to the handlers matches handler `h`.
    fn handler_matches(&mut self, g: &mut FlatGen, h: &ExceptHandler) -> PyResult<bool> {
        let Some(t) = &h.typ else {
            return Ok(true);
        };
        let typ = self.eval(&mut g.frame, t)?;
        match g.rare.as_ref().and_then(|r| r.caught.as_ref()) {
            Some(err) => self.exception_matches(err, &typ),
            None => Ok(false),
        }
    }

    /// The iterator `await x` delegates to.
    fn awaited_iter(&mut self, x: &Value) -> PyResult<Value> {
        let Some(it) = self.get_awaitable_iter(x)? else {
            return Err(PyErr::type_error(format!(
                "object {} can't be used in 'await' expression",
                x.type_name()
            )));
        };
        self.check_not_awaited(&it)?;
        Ok(it)
    }

    /// Apply expression `e`'s operator to its operands on the value stack.
    fn operate(&mut self, g: &mut FlatGen, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Call { args, keywords, .. } => {
                let kw_values = g.pop_n(keywords.len());
                let positional = g.pop_n(args.len());
                let callee = g.pop();
                let kwargs = keywords
                    .iter()
                    .zip(kw_values)
                    .filter_map(|(k, v)| Some((k.arg.clone()?, v)))
                    .collect();
                self.call(&callee, positional, kwargs)
            }
            ExprKind::BinOp { op, .. } => {
                let b = g.pop();
                let a = g.pop();
                self.binary_op(*op, &a, &b)
            }
            ExprKind::UnaryOp { op, .. } => {
                let v = g.pop();
                self.unary_op(*op, &v)
            }
            ExprKind::Compare { ops, .. } => {
                let b = g.pop();
                let a = g.pop();
                match ops.first() {
                    Some(op) => self.compare(*op, &a, &b),
                    None => Ok(a),
                }
            }
            ExprKind::Attribute { attr, site, .. } => {
                let obj = g.pop();
                self.getattr_cached(&obj, attr, g.frame.sites.attr(*site))
            }
            ExprKind::Subscript { .. } => {
                let index = g.pop();
                let obj = g.pop();
                self.getitem(&obj, &index)
            }
            ExprKind::Tuple { items, .. } => Ok(Value::tuple(g.pop_n(items.len()))),
            ExprKind::List(items) => Ok(Value::list(g.pop_n(items.len()))),
            ExprKind::Set(items) => {
                let set = PySet::new();
                for v in g.pop_n(items.len()) {
                    self.set_add(&set, v)?;
                }
                Ok(Value::new_set(set))
            }
            ExprKind::Dict(items) => {
                let d = PyDict::with_capacity(items.len());
                let mut values = g.pop_n(2 * items.len()).into_iter();
                while let (Some(k), Some(v)) = (values.next(), values.next()) {
                    self.dict_set(&d, k, v)?;
                }
                Ok(Value::new_dict(d))
            }
            _ => Ok(Value::None),
        }
    }

    /// An augmented assignment's current target value: a name's, or an
    /// attribute or item of the object (and index) on the value stack.
    fn aug_load(&mut self, g: &mut FlatGen, s: &Stmt) -> PyResult<Value> {
        let StmtKind::AugAssign { target, .. } = &s.kind else {
            return Ok(Value::None);
        };
        let stack: &[Value] = g.rare.as_ref().map_or(&[], |r| &r.stack);
        let from_top = |k: usize| {
            let at = stack.len().checked_sub(k);
            at.and_then(|i| stack.get(i))
                .cloned()
                .unwrap_or(Value::None)
        };
        match &target.kind {
            ExprKind::Attribute { attr, site, .. } => {
                let obj = from_top(1);
                self.getattr_cached(&obj, attr, g.frame.sites.attr(*site))
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Subscript { .. } => {
                let (obj, index) = (from_top(2), from_top(1));
                self.getitem(&obj, &index).map_err(|e| e.at(target.span))
            }
            _ => self.eval(&mut g.frame, target),
        }
    }

    /// Combine the operand and the target's value on the value stack, and
    /// store the result into the target.
    fn aug_store(&mut self, g: &mut FlatGen, s: &Stmt) -> PyResult<()> {
        let StmtKind::AugAssign { target, op, .. } = &s.kind else {
            return Ok(());
        };
        let rhs = g.pop();
        let cur = g.pop();
        let new = self.inplace_fast(*op, cur, rhs)?;
        match &target.kind {
            ExprKind::Attribute { attr, site, .. } => {
                let obj = g.pop();
                self.setattr_cached(&obj, attr, new, g.frame.sites.attr(*site))
                    .map_err(|e| e.at(target.span))
            }
            ExprKind::Subscript { .. } => {
                let index = g.pop();
                let obj = g.pop();
                self.setitem(&obj, &index, new)
                    .map_err(|e| e.at(target.span))
            }
            _ => self.store(&mut g.frame, target, new),
        }
    }

    /// The iterator `yield from src` delegates to.
    fn delegate_of(&mut self, src: &Value) -> PyResult<Value> {
        if let Value::Coroutine(c) = src {
            if c.kind == GenKind::Coroutine {
                return Err(PyErr::type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
        }
        self.get_iter(src)
    }

    /// Leave open blocks, innermost first, for an exception (the handlers
    /// of a `try`, an `__exit__`, may end it) or a `return`, `break` or
    /// `continue` (the `finally` blocks and `__exit__` methods run).
    fn leave(&mut self, g: &mut FlatGen, code: &FlatCode, mut l: Leaving) -> PyResult<Next> {
        loop {
            // A `break` or `continue` that has left every block inside its
            // loop jumps.
            if let Leaving::Flow(flow @ (Flow::Break | Flow::Continue), exits) = &l {
                let Some(e) = exits else {
                    return Ok(Next::Done(GenStep::Returned(Value::None)));
                };
                if g.blocks.len() <= e.depth as usize {
                    let to = if matches!(flow, Flow::Break) {
                        e.break_to
                    } else {
                        e.continue_to
                    };
                    return Ok(Next::Step(to as usize));
                }
            }
            let Some(b) = g.blocks.pop() else {
                return match l {
                    Leaving::Flow(Flow::Return(v), _) => Ok(Next::Done(GenStep::Returned(v))),
                    Leaving::Flow(..) => Ok(Next::Done(GenStep::Returned(Value::None))),
                    Leaving::Error(e) => Err(e),
                };
            };
            let op = code.ops.get(b.start as usize);
            match b.kind {
                BlockKind::ExceptGuard => {
                    if let Leaving::Error(e) = l {
                        let Some(FlatOp::ExceptGuard { handlers_at }) = op else {
                            return Err(e);
                        };
                        g.rare().caught = Some(e);
                        return Ok(Next::Step(*handlers_at as usize));
                    }
                }
                BlockKind::FinallyGuard => {
                    let Some(FlatOp::FinallyGuard { finally_at }) = op else {
                        continue;
                    };
                    // While `finally` runs, the exception leaving is being
                    // handled: one raised there chains to it.
                    let handled = match &mut l {
                        Leaving::Error(e) => {
                            self.add_frame_once(&g.frame, e);
                            let exc = Value::Instance(self.exc_object(e));
                            self.handling.push(exc.clone());
                            Some(exc)
                        }
                        Leaving::Flow(..) => None,
                    };
                    g.blocks.push(Block {
                        start: b.start,
                        kind: BlockKind::Finally {
                            pending: Some(l),
                            handled,
                        },
                    });
                    return Ok(Next::Step(*finally_at as usize));
                }
                BlockKind::Handler(exc) => {
                    self.leave_flat_handler(g, op);
                    if let Leaving::Error(e) = &mut l {
                        self.set_context(e, exc);
                    }
                }
                BlockKind::Finally { pending, handled } => {
                    if handled.is_some() {
                        self.handling.pop();
                    }
                    // What leaves the `finally` block replaces what was
                    // pending, an exception with the pending one as context.
                    if let (Leaving::Error(e), Some(Leaving::Error(mut before))) = (&mut l, pending)
                    {
                        let ctx = self.exc_object(&mut before);
                        self.set_context(e, Value::Instance(ctx));
                    }
                }
                kind @ (BlockKind::Try | BlockKind::With(_)) => {
                    let (end, block_exits) = match op {
                        Some(
                            FlatOp::TryStart { end, exits, .. }
                            | FlatOp::WithStart { end, exits, .. },
                        ) => (*end as usize, *exits),
                        _ => (b.start as usize + 1, None),
                    };
                    let result = match l {
                        Leaving::Error(e) => Err(e),
                        Leaving::Flow(flow, _) => Ok(flow),
                    };
                    let b = Block {
                        start: b.start,
                        kind,
                    };
                    l = match self.leave_block(g, code, &b, result) {
                        Ok(Flow::Normal) => return Ok(Next::Step(end)),
                        Ok(flow) => Leaving::Flow(flow, block_exits),
                        Err(e) => Leaving::Error(e),
                    };
                }
            }
        }
    }

    /// Leave the handler whose block `op` (its `ExceptMatch`) opened.
    fn leave_flat_handler(&mut self, g: &mut FlatGen, op: Option<&FlatOp>) {
        let handler = match op {
            Some(FlatOp::ExceptMatch { stmt, handler, .. }) => match &stmt.kind {
                StmtKind::Try { handlers, .. } => handlers.get(*handler as usize),
                _ => None,
            },
            _ => None,
        };
        match handler {
            Some(h) => self.leave_handler(&mut g.frame, h),
            // Never reached: a handler block is opened by its `ExceptMatch`.
            None => {
                self.handling.pop();
            }
        }
    }

    /// Close block `b` (already taken off the stack) for the way its body
    /// ended: a `try`'s handlers, `else` and `finally`, a `with`'s
    /// `__exit__`. Gives how the block ends.
    fn leave_block(
        &mut self,
        g: &mut FlatGen,
        code: &FlatCode,
        b: &Block,
        result: PyResult<Flow>,
    ) -> PyResult<Flow> {
        let f = &mut g.frame;
        match code.ops.get(b.start as usize) {
            Some(FlatOp::TryStart { stmt, .. }) => {
                let StmtKind::Try {
                    handlers,
                    orelse,
                    finalbody,
                    ..
                } = &stmt.kind
                else {
                    return result;
                };
                self.try_tail(f, result, handlers, orelse, finalbody)
            }
            Some(FlatOp::WithStart { stmt, .. }) => {
                let BlockKind::With(exit) = &b.kind else {
                    return result;
                };
                // `__exit__` runs at the `with` line, as tracebacks show it.
                f.pos = stmt.span.start;
                match result {
                    Ok(flow) => {
                        self.call(
                            exit,
                            vec![Value::None, Value::None, Value::None],
                            Vec::new(),
                        )?;
                        Ok(flow)
                    }
                    Err(mut e) => {
                        self.add_frame_once(f, &mut e);
                        self.exit_on_error(exit, e, false)
                    }
                }
            }
            _ => result,
        }
    }
}
