//! What coroutines and async generators add to generators: `await`,
//! `async for`, `async with`, and the awaitables that step an async
//! generator (`__anext__()`, `asend`, `athrow`, `aclose`).
//!
//! A coroutine is a generator (`generator.rs`) whose `await x` is a
//! `yield from` over the iterator `x.__await__()` returns. An async
//! generator suspends two ways: at a `yield` of its own (the value goes to
//! whoever awaits its `__anext__()`, as the StopIteration that ends that
//! await) and inside an `await` (the value goes on up to the scheduler);
//! `Interp::async_yielded` tells which.

use std::rc::Rc;

use pyslot_grammar::ast::{Stmt, StmtKind};

use super::exec::Flow;
use super::frame::Frame;
use super::generator::GenStep;
use super::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::generator::{GenAction, GenKind, GenState, PyGenerator};
use crate::runtime::iter::{AwaitOp, AwaitState, Awaitable, IterState, PyIter};
use crate::runtime::value::Value;

/// One resumption of an async generator that did not end it.
enum AgenStep {
    /// A value an `await` inside it passes up.
    Awaiting(Value),
    /// A `yield` of its own.
    Yielded(Value),
}

fn stop_async_iteration() -> PyErr {
    PyErr::with_args(ExcKind::StopAsyncIteration, vec![])
}

fn is_async_gen(v: &Value) -> Option<&Rc<PyGenerator>> {
    match v {
        Value::Coroutine(g) if g.kind == GenKind::AsyncGenerator => Some(g),
        _ => None,
    }
}

impl Interp {
    /// Resume a coroutine or an async generator, keeping what it awaits
    /// when it suspends (`cr_await`).
    pub fn coro_resume(&mut self, g: &PyGenerator, action: GenAction) -> PyResult<GenStep> {
        self.await_stash = None;
        let r = self.gen_resume(g, action);
        let awaited = match &r {
            Ok(GenStep::Yielded(_)) => self.await_stash.take(),
            _ => None,
        };
        self.await_stash = None;
        g.awaiting.set(awaited);
        r
    }

    /// A step of an `await` on a coroutine: a GeneratorExit closes it.
    pub(super) fn coro_delegate_step(
        &mut self,
        g: &PyGenerator,
        action: GenAction,
    ) -> PyResult<GenStep> {
        match action {
            GenAction::Throw(e) if e.is(ExcKind::GeneratorExit) => {
                self.gen_close(g)?;
                Err(e)
            }
            action => self.coro_resume(g, action),
        }
    }

    /// The awaitable an iterator object is, if it is one of ours.
    pub fn awaitable_state(&self, it: &PyIter) -> Option<Rc<Awaitable>> {
        match &*it.state.try_borrow().ok()? {
            IterState::Awaitable(a) => Some(a.clone()),
            _ => None,
        }
    }

    /// A step of an `await` on one of our awaitables.
    pub(super) fn awaitable_delegate_step(
        &mut self,
        aw: &Awaitable,
        action: GenAction,
    ) -> PyResult<GenStep> {
        match action {
            GenAction::Throw(e) if e.is(ExcKind::GeneratorExit) => {
                self.awaitable_close(aw)?;
                Err(e)
            }
            action => self.awaitable_step(aw, action),
        }
    }

    /// `send` (or `__next__`) and `throw` of an awaitable.
    pub fn awaitable_step(&mut self, aw: &Awaitable, action: GenAction) -> PyResult<GenStep> {
        match &aw.op {
            AwaitOp::Wrapper => self.coro_resume(&aw.gen, action),
            AwaitOp::ASend(v) => self.asend_step(aw, v, action),
            AwaitOp::AThrow(_) | AwaitOp::AClose => self.athrow_step(aw, action),
        }
    }

    /// `close()` of an awaitable.
    pub fn awaitable_close(&mut self, aw: &Awaitable) -> PyResult<()> {
        match aw.op {
            AwaitOp::Wrapper => self.gen_close(&aw.gen),
            _ => {
                aw.state.set(AwaitState::Closed);
                Ok(())
            }
        }
    }

    // ------------------------------------------------------------- await

    /// The iterator an `await` drives for `x`; `None` when `x` has no
    /// `__await__` (each construct words that error its own way).
    pub fn get_awaitable_iter(&mut self, x: &Value) -> PyResult<Option<Value>> {
        match x {
            Value::Coroutine(g) => {
                return Ok((g.kind == GenKind::Coroutine).then(|| x.clone()));
            }
            Value::Iter(it) => {
                if let Some(aw) = self.awaitable_state(it) {
                    if !matches!(aw.op, AwaitOp::Wrapper) {
                        return Ok(Some(x.clone()));
                    }
                }
            }
            _ => {}
        }
        let Some(r) = self.call_special(x, "__await__", vec![]) else {
            return Ok(None);
        };
        let it = r?;
        if let Value::Coroutine(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
        }
        let is_iterator = matches!(it, Value::Generator(_) | Value::Iter(_))
            || self.types.class_of(&it).lookup("__next__").is_some();
        if !is_iterator {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(Some(it))
    }

    /// A coroutine suspended in an `await` of its own cannot be awaited
    /// by another.
    pub(super) fn check_not_awaited(&self, it: &Value) -> PyResult<()> {
        if let Value::Coroutine(g) = it {
            if g.awaited().is_some() {
                return Err(PyErr::runtime_error("coroutine is being awaited already"));
            }
        }
        Ok(())
    }

    /// `await x`.
    pub fn await_value(&mut self, x: &Value) -> PyResult<Value> {
        let Some(it) = self.get_awaitable_iter(x)? else {
            return Err(PyErr::type_error(format!(
                "object {} can't be used in 'await' expression",
                x.type_name()
            )));
        };
        self.check_not_awaited(&it)?;
        self.delegate(&it, true)
    }

    /// Await what `__aenter__` or `__aexit__` returned.
    pub(crate) fn await_from(&mut self, aw: &Value, method: &str) -> PyResult<Value> {
        let Some(it) = self.get_awaitable_iter(aw)? else {
            return Err(PyErr::type_error(format!(
                "'async with' received an object from {} that does not implement __await__: {}",
                method,
                aw.type_name()
            )));
        };
        self.check_not_awaited(&it)?;
        self.delegate(&it, true)
    }

    // --------------------------------------------------------- async for

    /// `obj.__aiter__()`, as `async for` takes it.
    pub fn async_iter(&mut self, obj: &Value) -> PyResult<Value> {
        let it = if is_async_gen(obj).is_some() {
            obj.clone()
        } else {
            match self.call_special(obj, "__aiter__", vec![]) {
                Some(r) => r?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        obj.type_name()
                    )))
                }
            }
        };
        if is_async_gen(&it).is_none() && self.types.class_of(&it).lookup("__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// The next item of an `async for`: `await ait.__anext__()`, `None`
    /// once that raises StopAsyncIteration.
    pub fn async_next(&mut self, ait: &Value) -> PyResult<Option<Value>> {
        let aw = match is_async_gen(ait) {
            Some(g) => Awaitable::new(g.clone(), AwaitOp::ASend(Value::None)),
            None => match self.call_special(ait, "__anext__", vec![]) {
                Some(Err(e)) if e.is(ExcKind::StopAsyncIteration) => return Ok(None),
                Some(r) => r?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        ait.type_name()
                    )))
                }
            },
        };
        let Some(it) = self.get_awaitable_iter(&aw)? else {
            return Err(PyErr::type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                aw.type_name()
            )));
        };
        match self.delegate(&it, true) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::StopAsyncIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn exec_async_for(&mut self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.kind
        else {
            return Ok(Flow::Normal);
        };
        let obj = self.eval(f, iter)?;
        let ait = self.async_iter(&obj)?;
        loop {
            super::interrupt::check()?;
            f.pos = s.span.start;
            let Some(item) = self.async_next(&ait)? else {
                break;
            };
            self.store(f, target, item)?;
            if let Some(flow) = self.loop_body(f, body)? {
                return Ok(flow);
            }
        }
        self.exec_block(f, orelse)
    }

    // --------------------------------------------------- async generators

    /// Resume an async generator; its return is StopAsyncIteration.
    fn agen_resume(&mut self, g: &PyGenerator, action: GenAction) -> PyResult<AgenStep> {
        self.async_yielded = false;
        let r = self.coro_resume(g, action);
        let own = std::mem::take(&mut self.async_yielded);
        match r {
            Ok(GenStep::Yielded(v)) if own => Ok(AgenStep::Yielded(v)),
            Ok(GenStep::Yielded(v)) => Ok(AgenStep::Awaiting(v)),
            Ok(GenStep::Returned(_)) => Err(stop_async_iteration()),
            Err(e) => Err(e),
        }
    }

    /// An async generator's step as its awaitable reports it: a `yield`
    /// of its own ends the awaitable (its value is the await's result),
    /// an `await`'s value passes through.
    fn agen_unwrap(&mut self, g: &PyGenerator, r: PyResult<AgenStep>) -> PyResult<GenStep> {
        match r {
            Err(e) => {
                if e.is(ExcKind::StopAsyncIteration) || e.is(ExcKind::GeneratorExit) {
                    g.closed.set(true);
                }
                g.running_async.set(false);
                Err(e)
            }
            Ok(AgenStep::Yielded(v)) => {
                g.running_async.set(false);
                Ok(GenStep::Returned(v))
            }
            Ok(AgenStep::Awaiting(v)) => Ok(GenStep::Yielded(v)),
        }
    }

    /// A step of `__anext__()` / `asend(value)`.
    fn asend_step(
        &mut self,
        aw: &Awaitable,
        sendval: &Value,
        action: GenAction,
    ) -> PyResult<GenStep> {
        if aw.state.get() == AwaitState::Closed {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let g = &aw.gen;
        let action = match action {
            GenAction::Send(mut arg) => {
                if aw.state.get() == AwaitState::Init {
                    if g.running_async.get() {
                        return Err(PyErr::runtime_error(
                            "anext(): asynchronous generator is already running",
                        ));
                    }
                    if arg.is_none() {
                        arg = sendval.clone();
                    }
                    aw.state.set(AwaitState::Iter);
                }
                g.running_async.set(true);
                GenAction::Send(arg)
            }
            throw => throw,
        };
        let r = self.agen_resume(g, action);
        let r = self.agen_unwrap(g, r);
        if !matches!(r, Ok(GenStep::Yielded(_))) {
            aw.state.set(AwaitState::Closed);
        }
        r
    }

    /// A step of `athrow(...)` / `aclose()`.
    fn athrow_step(&mut self, aw: &Awaitable, action: GenAction) -> PyResult<GenStep> {
        if aw.state.get() == AwaitState::Closed {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        let closing = matches!(aw.op, AwaitOp::AClose);
        let g = &aw.gen;
        let arg = match action {
            GenAction::Throw(e) => {
                let r = self.agen_resume(g, GenAction::Throw(e));
                if !closing {
                    return self.agen_unwrap(g, r);
                }
                return match r {
                    Ok(AgenStep::Yielded(_)) => self.ignored_exit(aw),
                    Ok(AgenStep::Awaiting(v)) => Ok(GenStep::Yielded(v)),
                    Err(e) if e.is(ExcKind::StopAsyncIteration) || e.is(ExcKind::GeneratorExit) => {
                        Ok(GenStep::Returned(Value::None))
                    }
                    Err(e) => Err(e),
                };
            }
            GenAction::Send(arg) => arg,
        };
        if matches!(*g.state.borrow(), GenState::Done) {
            aw.state.set(AwaitState::Closed);
            return Ok(GenStep::Returned(Value::None));
        }
        if aw.state.get() == AwaitState::Iter {
            let r = self.agen_resume(g, GenAction::Send(arg));
            if !closing {
                return self.agen_unwrap(g, r);
            }
            return match r {
                Ok(AgenStep::Yielded(_)) => self.ignored_exit(aw),
                Ok(AgenStep::Awaiting(v)) => Ok(GenStep::Yielded(v)),
                Err(e) => self.athrow_ended(aw, e),
            };
        }
        if g.running_async.get() {
            aw.state.set(AwaitState::Closed);
            let what = if closing { "aclose" } else { "athrow" };
            return Err(PyErr::runtime_error(format!(
                "{what}(): asynchronous generator is already running"
            )));
        }
        if g.closed.get() {
            aw.state.set(AwaitState::Closed);
            return Err(stop_async_iteration());
        }
        if !arg.is_none() {
            return Err(PyErr::runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        let thrown = match &aw.op {
            AwaitOp::AThrow(args) => crate::builtins::generators::thrown_error(self, args)?,
            _ => PyErr::with_args(ExcKind::GeneratorExit, vec![]),
        };
        aw.state.set(AwaitState::Iter);
        g.running_async.set(true);
        if closing {
            g.closed.set(true);
            match self.agen_resume(g, GenAction::Throw(thrown)) {
                Ok(AgenStep::Yielded(_)) => self.ignored_exit(aw),
                Ok(AgenStep::Awaiting(v)) => Ok(GenStep::Yielded(v)),
                Err(e) => self.athrow_ended(aw, e),
            }
        } else {
            let r = self.agen_resume(g, GenAction::Throw(thrown));
            match self.agen_unwrap(g, r) {
                Ok(GenStep::Yielded(v)) => Ok(GenStep::Yielded(v)),
                Ok(GenStep::Returned(v)) => {
                    aw.state.set(AwaitState::Closed);
                    Ok(GenStep::Returned(v))
                }
                Err(e) => self.athrow_ended(aw, e),
            }
        }
    }

    /// An async generator yielded while being closed.
    fn ignored_exit(&mut self, aw: &Awaitable) -> PyResult<GenStep> {
        aw.gen.running_async.set(false);
        aw.state.set(AwaitState::Closed);
        Err(PyErr::runtime_error(
            "async generator ignored GeneratorExit",
        ))
    }

    /// `athrow`/`aclose` ended with an exception: for `aclose`, the
    /// generator's end is the await's normal end.
    fn athrow_ended(&mut self, aw: &Awaitable, e: PyErr) -> PyResult<GenStep> {
        aw.gen.running_async.set(false);
        aw.state.set(AwaitState::Closed);
        let finished = e.is(ExcKind::StopAsyncIteration) || e.is(ExcKind::GeneratorExit);
        if finished && matches!(aw.op, AwaitOp::AClose) {
            return Ok(GenStep::Returned(Value::None));
        }
        Err(e)
    }

    // ---------------------------------------------------------- warnings

    /// CPython's RuntimeWarning for a coroutine dropped before it ran,
    /// at the line running now (`sys:1` when none is), once per place.
    pub fn warn_never_awaited(&mut self, qualname: &str, at: Option<&Frame>) {
        let text = format!("coroutine '{qualname}' was never awaited");
        self.flush();
        match at {
            Some(f) => {
                let src = f.source();
                let line = src.line_of(f.pos);
                if !self
                    .warned
                    .insert((src.filename.clone(), line, text.clone()))
                {
                    return;
                }
                eprintln!("{}:{}: RuntimeWarning: {}", src.filename, line, text);
                // Like CPython's linecache, only a real file shows its line.
                let code = src.line_text(line).trim();
                if !code.is_empty() && !src.filename.starts_with('<') {
                    eprintln!("  {code}");
                }
                eprintln!(
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback"
                );
            }
            None => {
                if self.warned.insert(("sys".into(), 1, text.clone())) {
                    eprintln!("sys:1: RuntimeWarning: {text}");
                }
            }
        }
    }
}
