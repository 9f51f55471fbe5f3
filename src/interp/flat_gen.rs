//! Generators that run on the caller's stack.
//!
//! Most generator functions yield only from statements of their own
//! (`yield v`, `x = yield v`, `yield from v`) nested in `for`, `while`,
//! `if` and `with` blocks and `try` blocks (`FunctionDef.flat_generator`).
//! Their bodies are unrolled into a list of steps (`pyslot_grammar::flat`),
//! so a suspended generator is just a step number, its frame, its loops'
//! iterators, its open `try`/`with` blocks and the iterator a `yield from`
//! delegates to: a few dozen bytes, where a stack of its own costs pages.
//! Resuming is an ordinary call that jumps to that step: no stack to switch
//! to, and the CPU's return prediction keeps working. Any other generator
//! (a `yield` inside an expression, in an `except` or `finally` block, in
//! a `with` or `for` header) runs on a coroutine stack (`generator.rs`).

use std::rc::Rc;

use pyslot_grammar::ast::{Expr, ExprKind, Stmt, StmtKind};
use pyslot_grammar::flat::{FlatCode, FlatOp, LoopExits};

use super::exec::Flow;
use super::frame::Frame;
use super::generator::GenStep;
use super::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Function;
use crate::runtime::generator::{GenAction, GenKind};
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
    iters: Vec<Option<Value>>,
    /// The `try` and `with` blocks open, innermost last.
    blocks: Vec<Block>,
    /// The iterator a suspended `yield from` passes values to and from.
    delegate: Option<Value>,
}

/// An open `try` or `with` block: the step that opened it, and for `with`
/// the manager's `__exit__`.
struct Block {
    start: u32,
    exit: Option<Value>,
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
        for v in self.blocks.iter().filter_map(|b| b.exit.as_ref()) {
            value(v, edge);
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

    pub fn new(func: Rc<Function>, frame: Frame) -> FlatGen {
        let slots = flat_code(&func).iter_slots as usize;
        FlatGen {
            frame,
            func,
            pc: 0,
            at_yield: false,
            iters: (0..slots).map(|_| None).collect(),
            blocks: Vec::new(),
            delegate: None,
        }
    }

    /// Whether closing it runs code: a `finally` block or an `__exit__`
    /// is pending, or a delegate must be closed.
    pub fn needs_close(&self) -> bool {
        !self.blocks.is_empty() || self.delegate.is_some()
    }

    /// Bytes this generator owns besides the struct itself.
    pub fn owned_bytes(&self) -> usize {
        (self.frame.locals.capacity() + self.iters.capacity())
            * std::mem::size_of::<Option<Value>>()
            + self.blocks.capacity() * std::mem::size_of::<Block>()
    }
}

/// The steps of a flat generator function, made on first use.
fn flat_code(func: &Function) -> &FlatCode {
    func.def
        .flat_code
        .get_or_init(|| FlatCode::build(&func.def.body))
}

impl Interp {
    /// Run a flat generator until its next `yield` or its end. `action` is
    /// what the suspended `yield` evaluates to (or raises).
    pub fn flat_resume(&mut self, g: &mut FlatGen, action: GenAction) -> PyResult<GenStep> {
        let func = g.func.clone();
        let code = flat_code(&func);
        match self.run_steps(g, code, action) {
            Ok(step) => Ok(step),
            Err(mut e) => {
                g.frame.add_traceback(&mut e);
                Err(e)
            }
        }
    }

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
                Some(FlatOp::YieldFrom(s)) => match self.delegate_resume(g, s.get(), action) {
                    Ok(Some(v)) => {
                        g.at_yield = true;
                        return Ok(GenStep::Yielded(v));
                    }
                    Ok(None) => i += 1,
                    Err(e) => leaving = Some(Leaving::Error(e)),
                },
                Some(FlatOp::Yield(s)) => match action {
                    GenAction::Send(sent) => {
                        if let StmtKind::Assign { targets, .. } = &s.get().kind {
                            if let Err(e) = self.store_all(&mut g.frame, targets, sent) {
                                leaving = Some(Leaving::Error(e));
                            }
                        }
                        i += 1;
                    }
                    GenAction::Throw(e) => leaving = Some(Leaving::Error(e)),
                },
                _ => i += 1,
            }
        }
        loop {
            if let Some(l) = leaving.take() {
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
        let Some(sub) = g.delegate.clone() else {
            return Ok(None);
        };
        // An error from the delegate points at the whole `yield from`.
        match self
            .yield_from_step(&sub, action)
            .map_err(|err| err.at(e.span))
        {
            Ok(GenStep::Yielded(v)) => Ok(Some(v)),
            Ok(GenStep::Returned(v)) => {
                g.delegate = None;
                if let StmtKind::Assign { targets, .. } = &s.kind {
                    self.store_all(&mut g.frame, targets, v)?;
                }
                Ok(None)
            }
            Err(err) => {
                g.delegate = None;
                Err(err)
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
                FlatOp::Exec { stmt, exits } => match self.exec(f, stmt.get())? {
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
                    let s = stmt.get();
                    f.pos = s.span.start;
                    let (StmtKind::Expr(e) | StmtKind::Assign { value: e, .. }) = &s.kind else {
                        continue;
                    };
                    let v = match &e.kind {
                        ExprKind::Yield(Some(v)) => self.eval(f, v)?,
                        _ => Value::None,
                    };
                    g.pc = u32::try_from(*i - 1).expect("flat code positions are u32s");
                    g.at_yield = true;
                    return Ok(GenStep::Yielded(v));
                }
                FlatOp::YieldFrom(stmt) => {
                    let s = stmt.get();
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
                        g.pc = u32::try_from(*i - 1).expect("flat code positions are u32s");
                        g.at_yield = true;
                        return Ok(GenStep::Yielded(v));
                    }
                }
                FlatOp::TryStart { .. } => g.blocks.push(Block {
                    start: u32::try_from(*i - 1).expect("flat code positions are u32s"),
                    exit: None,
                }),
                FlatOp::TryEnd { exits, .. } => {
                    let Some(b) = g.blocks.pop() else { continue };
                    match self.leave_block(g, code, &b, Ok(Flow::Normal))? {
                        Flow::Normal => {}
                        flow => return Err(Leaving::Flow(flow, *exits)),
                    }
                }
                FlatOp::WithStart { stmt, item, .. } => {
                    let s = stmt.get();
                    f.pos = s.span.start;
                    let StmtKind::With { items, .. } = &s.kind else {
                        continue;
                    };
                    let Some(item) = items.get(*item as usize) else {
                        continue;
                    };
                    let (exit, entered) = self.enter_manager(f, &item.context, false)?;
                    g.blocks.push(Block {
                        start: u32::try_from(*i - 1).expect("flat code positions are u32s"),
                        exit: Some(exit),
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
                    let s = stmt.get();
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
                    let s = stmt.get();
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
                    let s = stmt.get();
                    f.pos = s.span.start;
                    if let StmtKind::If { test, .. } | StmtKind::While { test, .. } = &s.kind {
                        if !self.eval_test(f, test)? {
                            *i = *target as usize;
                        }
                    }
                }
                FlatOp::Jump(target) => *i = *target as usize,
            }
        }
        g.pc = u32::try_from(*i).expect("flat code positions are u32s");
        Ok(GenStep::Returned(Value::None))
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
            let result = match l {
                Leaving::Error(e) => Err(e),
                Leaving::Flow(Flow::Return(v), _) => Ok(Flow::Return(v)),
                Leaving::Flow(flow, exits) => {
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
                    Ok(flow)
                }
            };
            let Some(b) = g.blocks.pop() else {
                return match result {
                    Ok(Flow::Return(v)) => Ok(Next::Done(GenStep::Returned(v))),
                    Ok(_) => Ok(Next::Done(GenStep::Returned(Value::None))),
                    Err(e) => Err(e),
                };
            };
            let (end, block_exits) = match code.ops.get(b.start as usize) {
                Some(
                    FlatOp::TryStart { end, exits, .. } | FlatOp::WithStart { end, exits, .. },
                ) => (*end as usize, *exits),
                _ => (b.start as usize + 1, None),
            };
            l = match self.leave_block(g, code, &b, result) {
                Ok(Flow::Normal) => return Ok(Next::Step(end)),
                Ok(flow) => Leaving::Flow(flow, block_exits),
                Err(e) => Leaving::Error(e),
            };
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
                } = &stmt.get().kind
                else {
                    return result;
                };
                self.try_tail(f, result, handlers, orelse, finalbody)
            }
            Some(FlatOp::WithStart { stmt, .. }) => {
                let Some(exit) = &b.exit else {
                    return result;
                };
                // `__exit__` runs at the `with` line, as tracebacks show it.
                f.pos = stmt.get().span.start;
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
