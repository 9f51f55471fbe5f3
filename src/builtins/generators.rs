//! Methods of generator objects: `__next__`, `send`, `throw`, `close`.

use crate::interp::generator::GenStep;
use crate::interp::Interp;
use crate::runtime::class::BuiltinKind;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::generator::{GenAction, PyGenerator};
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
}

fn me(args: &[Value]) -> PyResult<std::rc::Rc<PyGenerator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'generator' object",
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

fn gen_throw(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = me(args)?;
    let exc = match (&args[1], args.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() => match v {
            Value::Instance(_) => v.clone(),
            Value::Tuple(t) => it.call(&Value::Class(c.clone()), t.items.to_vec(), Vec::new())?,
            other => it.call(&Value::Class(c.clone()), vec![other.clone()], Vec::new())?,
        },
        (v, _) => v.clone(),
    };
    let err = match &exc {
        Value::Class(c) if c.exc_base.is_some() => it.make_exception(exc.clone())?,
        Value::Instance(i) if i.exc().is_some() => it.make_exception(exc.clone())?,
        _ => {
            return Err(PyErr::type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &exc.type_name(),
            ))
        }
    };
    let step = it.gen_resume(&g, GenAction::Throw(err))?;
    step_result(step)
}

fn gen_close(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = me(args)?;
    it.gen_close(&g)?;
    Ok(Value::None)
}
