//! `_weakref`: the native half of `weakref` (the module itself is Python,
//! `python/weakref.py`). A weak reference holds its referent's serial from
//! `runtime/weak.rs`, never the referent.

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::PyResult;
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;
use crate::runtime::weak;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 2] = [
        ("register", "(obj, /)", register),
        ("deref", "(serial, /)", deref),
    ];
    super::def_natives(ns, "_weakref", &fns);
}

/// The serial for a new weak reference to `obj`, or CPython's TypeError
/// for objects that cannot be weakly referenced.
fn register(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let serial = weak::register(&args[0])?;
    Ok(Value::Int(i64::try_from(serial).unwrap_or(i64::MAX)))
}

/// The referent of a serial, or None once it died.
fn deref(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let serial = super::want_int(it, &args[0])?;
    Ok(u64::try_from(serial)
        .ok()
        .and_then(weak::deref)
        .unwrap_or(Value::None))
}
