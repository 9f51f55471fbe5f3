//! `_ctype`, for the modules written in Python that stand in for types
//! CPython writes in C (`decimal.Decimal`): CPython's messages name such a
//! type with its module (`unsupported operand type(s) for +:
//! 'decimal.Decimal' and 'float'`), where a class written in Python is
//! named alone. `set_name(cls, 'decimal.Decimal')` gives a class that name
//! in messages; its subclasses keep their own plain names, as in CPython.

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    ns.set_str(
        "set_name",
        super::native("set_name", "(cls, name, /)", set_name),
    );
}

fn set_name(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Value::Class(cls), Value::Str(name)) = (&args[0], &args[1]) else {
        return Err(PyErr::type_error("set_name() takes a class and a str"));
    };
    // A class keeps the first name it is given.
    let _ = cls.c_name.set(std::rc::Rc::from(name.as_str()));
    Ok(Value::None)
}
