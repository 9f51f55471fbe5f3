//! Running generators: creation, resumption (`next`, `send`, `throw`,
//! `close`), `yield` and `yield from`. Coroutines and async generators
//! run here too (`coroutine.rs` adds what is theirs alone).

use std::rc::Rc;

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{CoroutineResult, Yielder};

use super::exec::Flow;
use super::flat_gen::FlatGen;
use super::frame::Frame;
use super::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Function;
use crate::runtime::generator::{
    GenAction, GenCoroutine, GenKind, GenState, PyGenerator, Resume, Yielded, HAS_PENDING,
    NEVER_AWAITED, PENDING_CLOSE,
};
use crate::runtime::value::Value;

/// Each generator's own stack (virtual size; pages are touched on demand).
/// Flat generators it resumes run on it too, so it must hold a chain of
/// them as deep as the recursion limit; unoptimized builds have native
/// frames several times larger.
const GEN_STACK_SIZE: usize = if cfg!(debug_assertions) {
    16 << 20
} else {
    1 << 20
};
/// Room kept free at the end of any stack for the code that raises
/// RecursionError and unwinds.
pub(crate) const STACK_MARGIN: usize = 96 * 1024;
const STACK_POOL_MAX: usize = 64;

/// Per running generator: how to suspend it and what to restore on resume.
pub struct GenContext {
    yielder: *const Yielder<Resume, Yielded>,
    /// Call depth when the generator was last resumed.
    resume_depth: usize,
    /// Length of the handled-exceptions stack when it was last resumed.
    handling_base: usize,
    /// An async generator: its `yield`s are told apart from the
    /// suspensions of its `await`s (`Interp::async_yielded`).
    async_gen: bool,
}

/// What one resumption of a generator produced.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

/// An address on the current stack.
#[inline(always)]
pub(crate) fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

impl Interp {
    /// RecursionError instead of overflowing the current stack (for Rust
    /// recursion that is not a Python call: repr or == of nested data).
    pub fn check_stack(&self, doing: &str) -> PyResult<()> {
        // Nested containers count against the recursion limit, as in CPython.
        if stack_pointer() < self.stack_limit || self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{}", doing),
            ));
        }
        Ok(())
    }

    /// Calling a generator function (or an `async def`): bind the
    /// arguments, make the object.
    // Kept out of line: inlined, its coroutine set-up would swell the
    // stack frame of every ordinary call.
    #[inline(never)]
    pub fn make_generator(&mut self, func: &Rc<Function>, frame: Frame) -> PyResult<Value> {
        let def = &func.def;
        let kind = match (def.is_async, def.is_generator) {
            (false, _) => GenKind::Generator,
            (true, false) => GenKind::Coroutine,
            (true, true) => GenKind::AsyncGenerator,
        };
        // (Only a flat generator has a site of its own in the tables.)
        let flat = if def.flat_generator {
            super::flat_gen::flat_code(func)
        } else {
            None
        };
        if let Some(code) = flat {
            let slots = code.iter_slots as usize;
            let g = Rc::new(PyGenerator::new(
                def.name.clone(),
                func.qualname.clone(),
                GenState::Flat(Box::new(FlatGen::new(func.clone(), frame, slots))),
                kind,
                0,
            ));
            return Ok(match kind {
                GenKind::Generator => Value::Generator(g),
                _ => Value::Coroutine(g),
            });
        }
        let func2 = func.clone();
        let (co, stack_limit) = self.new_gen_stack(kind, frame, move |interp, frame| {
            interp.exec_block(frame, &func2.def.body)
        })?;
        let g = Rc::new(PyGenerator::new(
            def.name.clone(),
            func.qualname.clone(),
            GenState::Ready(Box::new(co)),
            kind,
            stack_limit,
        ));
        Ok(match kind {
            GenKind::Generator => Value::Generator(g),
            _ => Value::Coroutine(g),
        })
    }

    /// A suspended body on a stack of its own: `body` runs in `frame` when
    /// first resumed. Also the lowest address the stack may use.
    pub fn new_gen_stack(
        &mut self,
        kind: GenKind,
        frame: Frame,
        body: impl FnOnce(&mut Interp, &mut Frame) -> PyResult<Flow> + 'static,
    ) -> PyResult<(GenCoroutine, usize)> {
        let stack = match self.stack_pool.pop() {
            Some(s) => s,
            None => DefaultStack::new(GEN_STACK_SIZE).map_err(|_| {
                PyErr::new(ExcKind::MemoryError, "cannot allocate a generator stack")
            })?,
        };
        let stack_limit = stack.limit().get() + STACK_MARGIN;
        let co = GenCoroutine::with_stack(
            stack,
            move |yielder: &Yielder<Resume, Yielded>, first: Resume| {
                // SAFETY: the resumer hands over the interpreter and does not
                // touch it until this stack suspends or finishes.
                let interp = unsafe { &mut *first.interp };
                interp.gen_contexts.push(GenContext {
                    yielder: yielder as *const _,
                    resume_depth: interp.depth,
                    handling_base: interp.handling.len(),
                    async_gen: kind == GenKind::AsyncGenerator,
                });
                let mut frame = frame;
                let r = match first.action {
                    GenAction::Throw(e) => Err(e),
                    GenAction::Send(_) => body(interp, &mut frame),
                };
                interp.gen_contexts.pop();
                match r {
                    Ok(Flow::Return(v)) => Ok(v),
                    Ok(_) => Ok(Value::None),
                    Err(mut e) => {
                        frame.add_traceback(&mut e);
                        Err(e)
                    }
                }
            },
        );
        Ok((co, stack_limit))
    }

    #[allow(clippy::boxed_local)]
    fn recycle_stack(&mut self, co: Box<GenCoroutine>) {
        if co.done() && self.stack_pool.len() < STACK_POOL_MAX {
            self.stack_pool.push(co.into_stack());
        }
    }

    /// Resume a generator with a value or an exception.
    pub fn gen_resume(&mut self, g: &PyGenerator, action: GenAction) -> PyResult<GenStep> {
        let action = if g.started.get() {
            action
        } else {
            match refuse_first(action, g.kind) {
                Ok(a) => {
                    g.started.set(true);
                    a
                }
                Err((e, ends)) => {
                    if ends {
                        *g.state.borrow_mut() = GenState::Done;
                    }
                    return Err(e);
                }
            }
        };
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
        // An internal panic in the body (`last_resort`) leaves the generator
        // finished, not forever "already executing".
        let _finish_on_panic = DoneOnPanic(&g.state);
        let mut co = match state {
            GenState::Ready(co) => co,
            GenState::Flat(gen) => return self.flat_gen_resume(g, gen, action),
            GenState::Running => {
                return Err(PyErr::value_error(format!(
                    "{} already executing",
                    g.kind.noun()
                )));
            }
            GenState::Done => {
                *g.state.borrow_mut() = GenState::Done;
                if g.kind == GenKind::Coroutine {
                    return Err(PyErr::runtime_error(
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match action {
                    GenAction::Send(_) => Ok(GenStep::Returned(Value::None)),
                    GenAction::Throw(e) => Err(e),
                };
            }
        };
        let saved_depth = self.depth;
        let saved_limit = self.stack_limit;
        self.depth += 1;
        if self.depth >= self.recursion_limit {
            self.depth = saved_depth;
            set_state(g, GenState::Ready(co));
            return Err(super::eval::recursion_error());
        }
        self.stack_limit = g.stack_limit;
        let r = co.resume(Resume {
            interp: self as *mut Interp,
            action,
        });
        self.depth = saved_depth;
        self.stack_limit = saved_limit;
        match r {
            CoroutineResult::Yield(y) => {
                set_state(g, GenState::Ready(co));
                Ok(GenStep::Yielded(y.value))
            }
            CoroutineResult::Return(result) => {
                *g.state.borrow_mut() = GenState::Done;
                self.recycle_stack(co);
                self.generator_result(result.map(GenStep::Returned), g.kind)
            }
        }
    }

    /// `gen_resume` for a generator that runs on this stack.
    fn flat_gen_resume(
        &mut self,
        g: &PyGenerator,
        mut gen: Box<FlatGen>,
        action: GenAction,
    ) -> PyResult<GenStep> {
        // Resuming is a call: it counts against the recursion limit and
        // needs room on this stack.
        if self.depth + 1 >= self.recursion_limit
            || (self.stack_limit != 0 && stack_pointer() < self.stack_limit)
        {
            set_state(g, GenState::Flat(gen));
            return Err(super::eval::recursion_error());
        }
        self.depth += 1;
        let r = self.flat_resume(&mut gen, action);
        self.depth -= 1;
        match r {
            Ok(GenStep::Yielded(v)) => {
                set_state(g, GenState::Flat(gen));
                Ok(GenStep::Yielded(v))
            }
            done => {
                *g.state.borrow_mut() = GenState::Done;
                // Its locals go back to the pool, as a returning call's do.
                let locals = std::mem::take(&mut gen.frame.locals);
                drop(gen);
                self.give_back_locals(locals);
                self.generator_result(done, g.kind)
            }
        }
    }

    /// What a generator's body finishing means to its resumer. PEP 479: a
    /// StopIteration may not leak out of a generator (nor, PEP 525, a
    /// StopAsyncIteration out of an async generator).
    fn generator_result(&mut self, result: PyResult<GenStep>, kind: GenKind) -> PyResult<GenStep> {
        match result {
            Err(e)
                if e.is(ExcKind::StopIteration)
                    || (kind == GenKind::AsyncGenerator && e.is(ExcKind::StopAsyncIteration)) =>
            {
                let what = if e.is(ExcKind::StopIteration) {
                    "StopIteration"
                } else {
                    "StopAsyncIteration"
                };
                let mut e = e;
                let cause = self.exc_object(&mut e);
                let mut err = PyErr::runtime_error(format!("{} raised {}", kind.noun(), what));
                let inst = self.exc_object(&mut err);
                if let Some(d) = inst.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = Some(Value::Instance(cause.clone()));
                    d.context = Some(Value::Instance(cause));
                    d.suppress_context = true;
                }
                Err(err)
            }
            other => other,
        }
    }

    /// `yield value` inside a generator body: suspend and return what the
    /// generator is resumed with.
    pub fn yield_value(&mut self, value: Value) -> PyResult<Value> {
        self.suspend(value, true)
    }

    /// Suspend the running generator with `value` for its resumer: a
    /// `yield` of its own (`own`), or a value an `await` passes up.
    #[inline(always)]
    pub fn suspend(&mut self, value: Value, own: bool) -> PyResult<Value> {
        let Some(ctx) = self.gen_contexts.pop() else {
            return Err(PyErr::runtime_error("yield outside of a running generator"));
        };
        if own && ctx.async_gen {
            self.async_yielded = true;
        }
        let rel_depth = self.depth.saturating_sub(ctx.resume_depth);
        let base = ctx.handling_base.min(self.handling.len());
        let handled = if base < self.handling.len() {
            self.handling.split_off(base)
        } else {
            Vec::new()
        };
        // SAFETY: the yielder belongs to the coroutine we are running on,
        // which is alive while its body runs.
        let yielder = unsafe { &*ctx.yielder };
        let resume = yielder.suspend(Yielded {
            value,
            interp: self as *mut Interp,
        });
        debug_assert!(std::ptr::eq(resume.interp, self as *mut Interp));
        self.gen_contexts.push(GenContext {
            yielder: ctx.yielder,
            resume_depth: self.depth,
            handling_base: self.handling.len(),
            async_gen: ctx.async_gen,
        });
        self.depth += rel_depth;
        if !handled.is_empty() {
            self.handling.extend(handled);
        }
        match resume.action {
            GenAction::Send(v) => Ok(v),
            GenAction::Throw(e) => Err(e),
        }
    }

    /// `yield from iterable`: pass values, sends and throws through to a
    /// sub-iterator; its return value is the expression's value.
    pub fn yield_from(&mut self, source: &Value) -> PyResult<Value> {
        if let Value::Coroutine(g) = source {
            if g.kind == GenKind::Coroutine {
                return Err(PyErr::type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
        }
        let sub = self.get_iter(source)?;
        self.delegate(&sub, false)
    }

    /// Drive `sub` as `yield from` does: what this generator is resumed
    /// with goes to `sub`, what `sub` yields goes up to this generator's
    /// resumer, and `sub`'s return value is the result. For an `await`,
    /// the resumer learns what is awaited (`cr_await`).
    pub fn delegate(&mut self, sub: &Value, is_await: bool) -> PyResult<Value> {
        let awaitable = match sub {
            Value::Iter(it) => self.awaitable_state(it),
            _ => None,
        };
        let mut action = GenAction::Send(Value::None);
        loop {
            let step = match &awaitable {
                Some(aw) => self.awaitable_delegate_step(aw, action)?,
                None => self.delegate_step(sub, action)?,
            };
            match step {
                GenStep::Yielded(v) => {
                    if is_await {
                        self.await_stash = Some(sub.clone());
                    }
                    action = match self.suspend(v, !is_await) {
                        Ok(sent) => GenAction::Send(sent),
                        Err(e) => GenAction::Throw(e),
                    }
                }
                GenStep::Returned(v) => return Ok(v),
            }
        }
    }

    /// One step of a `yield from` that is not an `await`, for a generator
    /// that runs on the caller's stack.
    pub(super) fn yield_from_step(&mut self, sub: &Value, action: GenAction) -> PyResult<GenStep> {
        let awaitable = match sub {
            Value::Iter(it) => self.awaitable_state(it),
            _ => None,
        };
        match awaitable {
            Some(aw) => self.awaitable_delegate_step(&aw, action),
            None => self.delegate_step(sub, action),
        }
    }

    /// One step of `delegate`: resume `sub` with `action`.
    fn delegate_step(&mut self, sub: &Value, action: GenAction) -> PyResult<GenStep> {
        Ok(match sub {
            // `sub` is held by the delegating generator for the whole step.
            Value::Generator(g) => self.gen_resume(g, action)?,
            Value::Coroutine(g) => return self.coro_delegate_step(g, action),
            other => self.iterator_step(other, action)?,
        })
    }

    /// A delegation step into any other iterator, through its `send`,
    /// `throw`, `close` and `__next__`.
    fn iterator_step(&mut self, other: &Value, action: GenAction) -> PyResult<GenStep> {
        Ok(match action {
            GenAction::Send(v) => {
                if !v.is_none() {
                    if let Some(r) = self.call_special(other, "send", vec![v]) {
                        match r {
                            Ok(x) => GenStep::Yielded(x),
                            Err(e) if e.is(ExcKind::StopIteration) => {
                                GenStep::Returned(self.stop_value(e))
                            }
                            Err(e) => return Err(e),
                        }
                    } else {
                        match self.next(other)? {
                            Some(x) => GenStep::Yielded(x),
                            None => GenStep::Returned(Value::None),
                        }
                    }
                } else {
                    match self.next(other)? {
                        Some(x) => GenStep::Yielded(x),
                        None => GenStep::Returned(Value::None),
                    }
                }
            }
            // PEP 380: GeneratorExit closes the delegate; any other
            // exception goes to its `throw` when it has one.
            GenAction::Throw(mut e) => {
                if e.is(ExcKind::GeneratorExit) {
                    if let Some(r) = self.call_special(other, "close", vec![]) {
                        r?;
                    }
                    return Err(e);
                }
                let inst = self.exc_object(&mut e);
                let typ = Value::Class(inst.class().clone());
                let args = vec![typ, Value::Instance(inst), Value::None];
                match self.call_special(other, "throw", args) {
                    None => return Err(e),
                    Some(Ok(x)) => GenStep::Yielded(x),
                    Some(Err(e2)) if e2.is(ExcKind::StopIteration) => {
                        GenStep::Returned(self.stop_value(e2))
                    }
                    Some(Err(e2)) => return Err(e2),
                }
            }
        })
    }

    /// The value a StopIteration carries.
    pub fn stop_value(&mut self, mut e: PyErr) -> Value {
        let inst = self.exc_object(&mut e);
        inst.exc()
            .and_then(|d| d.borrow().args.first().cloned())
            .unwrap_or(Value::None)
    }

    /// `gen.close()` (and a coroutine's, an async generator's).
    pub fn gen_close(&mut self, g: &PyGenerator) -> PyResult<()> {
        let nothing_to_run = match &*g.state.borrow() {
            GenState::Done => return Ok(()),
            GenState::Ready(_) => !g.started.get(),
            // Suspended at a `yield` outside any `try` or `with` (and not
            // delegating): the GeneratorExit raised there would leave at
            // once, running nothing.
            GenState::Flat(gen) => !gen.needs_close(),
            GenState::Running => false,
        };
        if nothing_to_run {
            // Nothing ran, so there is nothing to clean up.
            *g.state.borrow_mut() = GenState::Done;
            return Ok(());
        }
        let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
        let r = if g.kind == GenKind::Generator {
            self.gen_resume(g, GenAction::Throw(exit))
        } else {
            self.coro_resume(g, GenAction::Throw(exit))
        };
        match r {
            Ok(GenStep::Yielded(_)) => Err(PyErr::runtime_error(format!(
                "{} ignored GeneratorExit",
                g.kind.noun()
            ))),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Close generators that were dropped while suspended (their `finally`
    /// blocks run now, at a statement boundary), and warn of coroutines
    /// dropped before they ran. `at` is the frame running, if any: the
    /// warnings name its current line.
    pub fn close_pending_generators(&mut self, at: Option<&Frame>) {
        HAS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
        loop {
            let next = NEVER_AWAITED.with(|p| p.borrow_mut().pop());
            let Some(qualname) = next else {
                break;
            };
            self.warn_never_awaited(&qualname, at);
        }
        loop {
            // Oldest first; closing may drop more, which join the queue.
            let mut batch = PENDING_CLOSE.with(|p| std::mem::take(&mut *p.borrow_mut()));
            if batch.is_empty() {
                break;
            }
            batch.sort_by_key(|entry| std::cmp::Reverse(entry.3));
            while let Some((state, stack_limit, kind, _)) = batch.pop() {
                self.close_abandoned(state, stack_limit, kind);
            }
        }
        self.attend_to_collector();
    }

    /// Close the state of a generator that was dropped while suspended.
    fn close_abandoned(&mut self, state: GenState, stack_limit: usize, kind: GenKind) {
        {
            let g = PyGenerator::new(Rc::from(""), Rc::from(""), state, kind, stack_limit);
            g.started.set(true);
            // Errors while closing an abandoned generator are ignored, as
            // CPython reports them only as "Exception ignored".
            let _ = self.gen_close(&g);
            let leftover = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Done);
            drop(leftover);
        }
    }
}

impl Interp {
    /// Run the `__del__` methods waiting (and what else the collector
    /// asks for), leaving dropped generators queued: at exit, those are
    /// closed together, oldest first.
    pub(crate) fn run_pending_finalizers(&mut self) {
        let generators_wait = PENDING_CLOSE.with(|p| !p.borrow().is_empty());
        HAS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
        self.attend_to_collector();
        if generators_wait {
            crate::runtime::generator::request_attention();
        }
    }
}

/// Whether some generator is waiting to be closed.
pub(crate) fn has_pending_closes() -> bool {
    HAS_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// A generator's first resumption runs nothing for `send(x)` with `x`
/// not None (the generator stays as it was) or for `throw(e)` (it ends):
/// the error, and whether the generator ends.
fn refuse_first(action: GenAction, kind: GenKind) -> Result<GenAction, (PyErr, bool)> {
    match action {
        GenAction::Send(v) if !v.is_none() => Err((
            PyErr::type_error(format!(
                "can't send non-None value to a just-started {}",
                kind.noun()
            )),
            false,
        )),
        GenAction::Throw(e) => Err((e, true)),
        send_none => Ok(send_none),
    }
}

/// Put a suspended generator's state back. What it replaces is the
/// `Running` marker, which owns nothing: its drop glue is skipped (a call
/// on every resumption otherwise).
#[inline(always)]
fn set_state(g: &PyGenerator, new: GenState) {
    let old = std::mem::replace(&mut *g.state.borrow_mut(), new);
    if matches!(old, GenState::Running | GenState::Done) {
        std::mem::forget(old);
    } else {
        drop(old);
    }
}

/// Marks a generator finished if a panic unwinds through its resumption.
struct DoneOnPanic<'a>(&'a std::cell::RefCell<GenState>);

impl Drop for DoneOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            if let Ok(mut state) = self.0.try_borrow_mut() {
                if matches!(*state, GenState::Running) {
                    *state = GenState::Done;
                }
            }
        }
    }
}
