//! What builtin exceptions carry besides `args`, read from `args` as
//! CPython does: `OSError.errno/strerror/filename` (and OSError picking its
//! subclass by errno), and `add_note` with `__notes__`.

use super::def_method;
use crate::interp::Interp;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let base = i.types.exc_class(ExcKind::BaseException);
    def_method(&base, "add_note", "(note, /)", add_note);
}

/// `exc.errno`, `strerror`, `filename`, `filename2` of an OSError made with
/// `(errno, strerror[, filename[, winerror, filename2]])`; None for other
/// names. (`StopIteration.value` and `SystemExit.code` are read with the
/// other exception state, in `interp::attr`.)
pub(crate) fn oserror_attribute(inst: &Instance, name: &str) -> Option<Value> {
    let kind = inst.class().exc_base?;
    if !kind.is_subkind(ExcKind::OSError)
        || !matches!(name, "errno" | "strerror" | "filename" | "filename2")
    {
        return None;
    }
    let args = inst.exc()?.borrow().args.clone();
    if !(2..=5).contains(&args.len()) {
        return Some(Value::None);
    }
    let index = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        _ => 4,
    };
    Some(args.get(index).cloned().unwrap_or(Value::None))
}

/// `OSError(errno, ...)`: the subclass CPython makes for that errno.
pub(crate) fn oserror_kind(args: &[Value]) -> Option<ExcKind> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let Value::Int(errno) = args[0] else {
        return None;
    };
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// `str()` of an OSError made with an errno: `[Errno 2] No such file: 'x'`.
pub(crate) fn oserror_str(it: &mut Interp, inst: &Instance) -> PyResult<Option<String>> {
    let Some(kind) = inst.class().exc_base else {
        return Ok(None);
    };
    if !kind.is_subkind(ExcKind::OSError) {
        return Ok(None);
    }
    let Some(d) = inst.exc() else {
        return Ok(None);
    };
    let args = d.borrow().args.clone();
    if !(2..=5).contains(&args.len()) {
        return Ok(None);
    }
    let errno = it.to_str(&args[0])?;
    let strerror = it.to_str(&args[1])?;
    Ok(Some(match (args.get(2), args.get(4)) {
        (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => {
            format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                it.repr(f)?,
                it.repr(f2)?
            )
        }
        (Some(f), _) if !f.is_none() => format!("[Errno {errno}] {strerror}: {}", it.repr(f)?),
        _ => format!("[Errno {errno}] {strerror}"),
    }))
}

/// `exc.add_note(note)`: appended to `exc.__notes__`, printed after the
/// exception's line in a traceback.
fn add_note(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Instance(inst) = &args[0] else {
        return Ok(Value::None);
    };
    if !matches!(args[1], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            args[1].type_name()
        )));
    }
    match inst.get_attr("__notes__") {
        Some(Value::List(l)) => l.items.borrow_mut().push(args[1].clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => {
            inst.set_attr("__notes__", Value::list(vec![args[1].clone()]));
        }
    }
    Ok(Value::None)
}
