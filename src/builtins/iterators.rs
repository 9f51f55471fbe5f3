//! What every iterator has: `__next__` and `__iter__` (so `it.__next__()`
//! works on a list iterator, a `map`, a generator expression...).

use super::check_method;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

/// Give an iterator type its two methods.
pub fn install(class: &Class) {
    super::def_method(class, "__next__", iter_next);
    super::def_method(class, "__iter__", iter_self);
}

pub fn iter_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__next__", args, 0, 0)?;
    match it.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}

pub fn iter_self(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__iter__", args, 0, 0)?;
    Ok(args[0].clone())
}
