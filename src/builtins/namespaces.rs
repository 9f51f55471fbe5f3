//! `globals()`, `locals()`, and `vars()` / `dir()` without an argument:
//! the builtins that read the namespace of the frame calling them.
//!
//! A call site sees its frame, a native function does not; so a call of one
//! of these names with no arguments is answered at the call site
//! (`with_frame`). Reached another way (`f = locals; f()`), they answer for
//! `__main__`.

use crate::interp::{Frame, Interp};
use crate::runtime::dict::PyDict;
use crate::runtime::exception::PyResult;
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn install(i: &mut Interp) {
    super::def_fn(i, "globals", "()", globals);
    super::def_fn(i, "locals", "()", locals);
}

/// The builtins `with_frame` answers when called with no arguments (the
/// direct call of builtin functions leaves these to the general call).
pub(crate) fn reads_frame_without_arguments(name: &str) -> bool {
    matches!(name, "globals" | "locals" | "vars" | "dir")
}

/// The value of `name()` called with no arguments in frame `f`, for the
/// builtins that read it; None for any other builtin.
pub(crate) fn with_frame(it: &mut Interp, f: &Frame, name: &str) -> Option<Value> {
    // (The names of `reads_frame_without_arguments`.)
    match name {
        "globals" => Some(Value::Dict(f.globals.clone())),
        "locals" | "vars" => Some(frame_locals(it, f)),
        "dir" => Some(sorted_keys(&frame_locals(it, f))),
        _ => None,
    }
}

/// The names a frame can see as its own: the class namespace in a class
/// body, a snapshot of the bound locals (cells included) in a function, the
/// module's globals elsewhere.
pub(crate) fn frame_locals(_it: &mut Interp, f: &Frame) -> Value {
    if let Some(ns) = &f.class_ns {
        return Value::Dict(ns.clone());
    }
    let Some(code) = f.code() else {
        return Value::Dict(f.globals.clone());
    };
    let scope = &code.scope;
    let out = PyDict::new();
    for (slot, name) in scope.local_names.iter().enumerate() {
        let in_cell = scope.cell_locals.iter().find(|(s, _)| *s as usize == slot);
        let value = match in_cell {
            Some(&(_, cell)) => f.cells.get(cell as usize).and_then(|c| c.borrow().clone()),
            None => f.locals.get(slot).cloned().flatten(),
        };
        if let Some(v) = value {
            out.set_str(name, v);
        }
    }
    for (i, name) in scope.cell_names.iter().enumerate() {
        if out.get_str(name).is_some() {
            continue;
        }
        if let Some(v) = f.cells.get(i).and_then(|c| c.borrow().clone()) {
            out.set_str(name, v);
        }
    }
    Value::new_dict(out)
}

fn sorted_keys(ns: &Value) -> Value {
    let Value::Dict(d) = ns else {
        return Value::list(Vec::new());
    };
    let mut names = d.str_keys();
    names.sort();
    Value::list(names.into_iter().map(Value::string).collect())
}

/// `__main__`'s namespace, for a call that did not come through a call site.
pub(crate) fn main_namespace(it: &mut Interp) -> Value {
    match it.modules.get_str("__main__") {
        Some(Value::Instance(m)) => m.dict().map(Value::Dict).unwrap_or(Value::None),
        _ => Value::new_dict(PyDict::new()),
    }
}

fn globals(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(main_namespace(it))
}

fn locals(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(main_namespace(it))
}

/// `dir()` with no argument, away from a call site.
pub(crate) fn dir_of_main(it: &mut Interp) -> Value {
    let ns = main_namespace(it);
    sorted_keys(&ns)
}
