//! Generators that run on the caller's stack.
//!
//! Most generator functions yield only from statements of their own
//! (`yield v`, `x = yield v`) nested in `for`, `while` and `if` blocks
//! (`FunctionDef.flat_generator`). Their bodies are unrolled into a list of
//! steps (`pyslot_grammar::flat`), so a suspended generator is just a step
//! number, its frame and its loops' iterators. Resuming is an ordinary
//! call that jumps to that step: no stack of its own to switch to, and the
//! CPU's return prediction keeps working. Any other generator (a `yield`
//! inside an expression, `try` or `with`, or `yield from`) runs on a
//! coroutine stack (`generator.rs`).

use std::rc::Rc;

use pyslot_grammar::ast::{ExprKind, StmtKind};
use pyslot_grammar::flat::{FlatCode, FlatOp};

use super::exec::Flow;
use super::frame::Frame;
use super::generator::GenStep;
use super::Interp;
use crate::runtime::exception::PyResult;
use crate::runtime::function::Function;
use crate::runtime::generator::GenAction;
use crate::runtime::value::Value;

/// A suspended flat generator: its frame, the step it stopped at and its
/// loops' iterators.
pub struct FlatGen {
    pub frame: Frame,
    pub func: Rc<Function>,
    /// The next step to run; at a `Yield` step once suspended there.
    pc: u32,
    /// Whether it is suspended at the `Yield` step `pc`.
    at_yield: bool,
    iters: Vec<Option<Value>>,
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
        }
    }

    /// Bytes this generator owns besides the struct itself.
    pub fn owned_bytes(&self) -> usize {
        (self.frame.locals.capacity() + self.iters.capacity())
            * std::mem::size_of::<Option<Value>>()
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
        let FlatGen {
            frame,
            func,
            pc,
            at_yield,
            iters,
        } = g;
        let code = flat_code(func);
        match self.run_steps(frame, code, pc, at_yield, iters, action) {
            Ok(step) => Ok(step),
            Err(mut e) => {
                frame.add_traceback(&mut e);
                Err(e)
            }
        }
    }

    fn run_steps(
        &mut self,
        f: &mut Frame,
        code: &FlatCode,
        pc: &mut u32,
        at_yield: &mut bool,
        iters: &mut [Option<Value>],
        action: GenAction,
    ) -> PyResult<GenStep> {
        let mut i = *pc as usize;
        if *at_yield {
            // The `yield` it stopped at evaluates to the value sent, or
            // raises what was thrown in.
            *at_yield = false;
            let sent = match action {
                GenAction::Send(v) => v,
                GenAction::Throw(e) => return Err(e),
            };
            if let Some(FlatOp::Yield(s)) = code.ops.get(i) {
                if let StmtKind::Assign { targets, .. } = &s.get().kind {
                    if let [t] = targets.as_slice() {
                        self.store(f, t, sent)?;
                    } else {
                        for t in targets {
                            self.store(f, t, sent.clone())?;
                        }
                    }
                }
            }
            i += 1;
        }
        while let Some(op) = code.ops.get(i) {
            i += 1;
            match op {
                FlatOp::Exec { stmt, exits } => match self.exec(f, stmt.get())? {
                    Flow::Normal => {}
                    Flow::Return(v) => return Ok(GenStep::Returned(v)),
                    Flow::Break => match exits {
                        Some(e) => i = e.break_to as usize,
                        None => return Ok(GenStep::Returned(Value::None)),
                    },
                    Flow::Continue => match exits {
                        Some(e) => i = e.continue_to as usize,
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
                    *pc = u32::try_from(i - 1).expect("flat code positions are u32s");
                    *at_yield = true;
                    return Ok(GenStep::Yielded(v));
                }
                FlatOp::GetIter { stmt, slot } => {
                    let s = stmt.get();
                    f.pos = s.span.start;
                    if let StmtKind::For { iter, .. } = &s.kind {
                        let it = self.eval(f, iter)?;
                        let it = self.get_iter(&it)?;
                        if let Some(place) = iters.get_mut(*slot as usize) {
                            *place = Some(it);
                        }
                    }
                }
                FlatOp::ForIter {
                    stmt,
                    slot,
                    exhausted,
                } => {
                    let s = stmt.get();
                    let Some(Some(it)) = iters.get(*slot as usize) else {
                        i = *exhausted as usize;
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
                            iters[*slot as usize] = None;
                            i = *exhausted as usize;
                        }
                    }
                }
                FlatOp::EndFor { slot } => {
                    if let Some(place) = iters.get_mut(*slot as usize) {
                        *place = None;
                    }
                }
                FlatOp::JumpIfFalse { stmt, target } => {
                    let s = stmt.get();
                    f.pos = s.span.start;
                    if let StmtKind::If { test, .. } | StmtKind::While { test, .. } = &s.kind {
                        if !self.eval_test(f, test)? {
                            i = *target as usize;
                        }
                    }
                }
                FlatOp::Jump(target) => i = *target as usize,
            }
        }
        *pc = u32::try_from(i).expect("flat code positions are u32s");
        Ok(GenStep::Returned(Value::None))
    }
}
