//! The builtins that show pyslot's own insides: `layout(obj)` and
//! `explain(obj, name, store=False)` (their pictures are drawn in
//! `show/`). `sizeof` lives with `object` in `objects.rs`.

use std::io::Write;

use super::{def_fn, kwarg};
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    def_fn(i, "layout", "(obj, /)", layout);
    def_fn(i, "explain", "(obj, name, /, store=False)", explain);
}

fn layout(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let text = crate::show::layout::diagram(it, &args[0])?;
    let _ = it.out.write_all(text.as_bytes());
    Ok(Value::None)
}

fn explain(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "explain(): attribute name must be a string, not '{}'",
            args[1].type_name()
        )));
    };
    let store = match args.get(2).or_else(|| kwarg(kw, "store")) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    let text = crate::show::explain::steps(it, &args[0], name.as_str(), store)?;
    let _ = it.out.write_all(text.as_bytes());
    Ok(Value::None)
}
