//! Methods of generator objects (`__next__`, `send`, `throw`, `close`),
//! of coroutines and async generators, and of the awaitables that step
//! them (`coroutine_wrapper`, `async_generator_asend`,
//! `async_generator_athrow`).

use std::rc::Rc;

use crate::interp::generator::GenStep;
use crate::interp::Interp;
use crate::runtime::class::{BuiltinKind, Class};
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::generator::{GenAction, GenKind, GenState, PyGenerator};
use crate::runtime::iter::{AwaitOp, Awaitable};
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let g = i.types.misc_class("generator", BuiltinKind::Iterator);
    super::def_slot(&g, "__next__", gen_next);
    super::def_method(&g, "send", "(value, /)", gen_send);
    super::def_method(
        &g,
        "throw",
        "(typ, val=<unrepresentable>, tb=<unrepresentable>, /)",
        gen_throw,
    );
    super::def_method(&g, "close", "()", gen_close);

    let c = i.types.misc_class("coroutine", BuiltinKind::Object);
    super::def_method(&c, "send", "(value, /)", coro_send);
    super::def_method(
        &c,
        "throw",
        "(typ, val=<unrepresentable>, tb=<unrepresentable>, /)",
        coro_throw,
    );
    super::def_method(&c, "close", "()", coro_close);
    super::def_slot(&c, "__await__", coro_await);
    super::def_getter(&c, "cr_running", running);
    super::def_getter(&c, "cr_await", awaiting);
    super::def_getter(&c, "cr_frame", frame);
    super::def_getter(&c, "cr_suspended", suspended);
    super::def_getter(&c, "cr_origin", origin);
    names(&c);

    let a = i.types.misc_class("async_generator", BuiltinKind::Object);
    super::def_slot(&a, "__aiter__", agen_aiter);
    super::def_slot(&a, "__anext__", agen_anext);
    super::def_method(&a, "asend", "(value, /)", agen_asend);
    super::def_method(
        &a,
        "athrow",
        "(typ, val=<unrepresentable>, tb=<unrepresentable>, /)",
        agen_athrow,
    );
    super::def_method(&a, "aclose", "()", agen_aclose);
    super::def_getter(&a, "ag_running", running);
    super::def_getter(&a, "ag_await", awaiting);
    super::def_getter(&a, "ag_frame", frame);
    names(&a);

    for name in [
        "coroutine_wrapper",
        "async_generator_asend",
        "async_generator_athrow",
    ] {
        let w = i.types.misc_class(name, BuiltinKind::Iterator);
        super::def_slot(&w, "__next__", await_next);
        super::def_method(&w, "send", "(value, /)", await_send);
        super::def_method(
            &w,
            "throw",
            "(typ, val=<unrepresentable>, tb=<unrepresentable>, /)",
            await_throw,
        );
        super::def_method(&w, "close", "()", await_close);
        if name != "coroutine_wrapper" {
            super::def_slot(&w, "__await__", super::iterators::iter_self);
        }
    }
}

fn names(class: &Class) {
    super::def_getter(class, "__name__", name);
    super::def_getter(class, "__qualname__", qualname);
}

fn me(args: &[Value]) -> PyResult<std::rc::Rc<PyGenerator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'generator' object",
        )),
    }
}

/// The coroutine or async generator a method was called on.
fn coro_me(args: &[Value], kind: GenKind) -> PyResult<Rc<PyGenerator>> {
    match args.first() {
        Some(Value::Coroutine(g)) if g.kind == kind => Ok(g.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor requires a '{}' object",
            kind.type_name()
        ))),
    }
}

/// Either kind, for the attributes both have.
fn any_coro(args: &[Value]) -> PyResult<Rc<PyGenerator>> {
    match args.first() {
        Some(Value::Coroutine(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'coroutine' object",
        )),
    }
}

/// A generator's step as `next()` reports it: a return is StopIteration.
fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(Value::None) => Err(PyErr::stop_iteration()),
        GenStep::Returned(v) => Err(PyErr::with_args(ExcKind::StopIteration, vec![v])),
    }
}

pub(crate) fn gen_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // A generator expression is a "generator" too, run by the iterator code.
    if let Some(Value::Iter(_)) = args.first() {
        return super::iterators::iter_next(it, args, _kw);
    }
    let g = me(args)?;
    let step = it.gen_resume(&g, GenAction::Send(Value::None))?;
    step_result(step)
}

fn gen_send(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = me(args)?;
    let step = it.gen_resume(&g, GenAction::Send(args[1].clone()))?;
    step_result(step)
}

/// The exception `throw(typ[, val[, tb]])` raises inside a generator.
pub(crate) fn thrown_error(it: &mut Interp, args: &[Value]) -> PyResult<PyErr> {
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(
            "throw expected at least 1 argument, got 0",
        ));
    };
    let exc = match (first, args.get(1)) {
        (Value::Class(c), Some(v)) if !v.is_none() => match v {
            Value::Instance(_) => v.clone(),
            Value::Tuple(t) => it.call(&Value::Class(c.clone()), t.items.to_vec(), Vec::new())?,
            other => it.call(&Value::Class(c.clone()), vec![other.clone()], Vec::new())?,
        },
        (v, _) => v.clone(),
    };
    match &exc {
        Value::Class(c) if c.exc_base.is_some() => it.make_exception(exc.clone()),
        Value::Instance(i) if i.exc().is_some() => it.make_exception(exc.clone()),
        _ => Err(PyErr::type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &exc.type_name(),
        )),
    }
}

fn gen_throw(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = me(args)?;
    let err = thrown_error(it, &args[1..])?;
    let step = it.gen_resume(&g, GenAction::Throw(err))?;
    step_result(step)
}

fn gen_close(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = me(args)?;
    it.gen_close(&g)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------- coroutines

fn coro_send(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::Coroutine)?;
    let step = it.coro_resume(&g, GenAction::Send(args[1].clone()))?;
    step_result(step)
}

fn coro_throw(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::Coroutine)?;
    let err = thrown_error(it, &args[1..])?;
    let step = it.coro_resume(&g, GenAction::Throw(err))?;
    step_result(step)
}

fn coro_close(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::Coroutine)?;
    it.gen_close(&g)?;
    Ok(Value::None)
}

/// `coro.__await__()`: an iterator over the coroutine's steps.
fn coro_await(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::Coroutine)?;
    Ok(Awaitable::new(g, AwaitOp::Wrapper))
}

fn running(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = any_coro(args)?;
    let running = matches!(*g.state.borrow(), GenState::Running);
    Ok(Value::Bool(if g.kind == GenKind::AsyncGenerator {
        g.running_async.get()
    } else {
        running
    }))
}

fn awaiting(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(any_coro(args)?.awaited().unwrap_or(Value::None))
}

/// Frames are not objects here: None, as CPython gives once it is done.
fn frame(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    any_coro(args)?;
    Ok(Value::None)
}

fn suspended(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = any_coro(args)?;
    let ready = matches!(*g.state.borrow(), GenState::Ready(_) | GenState::Flat(_));
    Ok(Value::Bool(ready && g.started.get()))
}

fn origin(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    any_coro(args)?;
    Ok(Value::None)
}

fn name(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::str(&any_coro(args)?.name))
}

fn qualname(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::str(&any_coro(args)?.qualname))
}

// ---------------------------------------------------------- async generators

fn agen_aiter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    coro_me(args, GenKind::AsyncGenerator)?;
    Ok(args[0].clone())
}

fn agen_anext(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::AsyncGenerator)?;
    Ok(Awaitable::new(g, AwaitOp::ASend(Value::None)))
}

fn agen_asend(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::AsyncGenerator)?;
    Ok(Awaitable::new(g, AwaitOp::ASend(args[1].clone())))
}

fn agen_athrow(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::AsyncGenerator)?;
    Ok(Awaitable::new(g, AwaitOp::AThrow(args[1..].to_vec())))
}

fn agen_aclose(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = coro_me(args, GenKind::AsyncGenerator)?;
    Ok(Awaitable::new(g, AwaitOp::AClose))
}

// ------------------------------------------------------------------ awaitables

fn awaitable_me(it: &Interp, args: &[Value]) -> PyResult<Rc<Awaitable>> {
    match args.first() {
        Some(Value::Iter(i)) => it.awaitable_state(i),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires an awaitable object"))
}

pub(crate) fn await_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let aw = awaitable_me(it, args)?;
    let step = it.awaitable_step(&aw, GenAction::Send(Value::None))?;
    step_result(step)
}

fn await_send(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let aw = awaitable_me(it, args)?;
    let step = it.awaitable_step(&aw, GenAction::Send(args[1].clone()))?;
    step_result(step)
}

fn await_throw(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let aw = awaitable_me(it, args)?;
    let err = thrown_error(it, &args[1..])?;
    let step = it.awaitable_step(&aw, GenAction::Throw(err))?;
    step_result(step)
}

fn await_close(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let aw = awaitable_me(it, args)?;
    it.awaitable_close(&aw)?;
    Ok(Value::None)
}
