//! What every iterator has: `__next__` and `__iter__` (so `it.__next__()`
//! works on a list iterator, a `map`, a generator expression...).

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

/// Give an iterator type its two methods.
pub(crate) fn install(class: &Class) {
    super::def_slot(class, "__next__", iter_next);
    super::def_slot(class, "__iter__", iter_self);
}

pub(crate) fn iter_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match it.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}

pub(crate) fn iter_self(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0].clone())
}
