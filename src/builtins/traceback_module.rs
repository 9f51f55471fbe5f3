//! `traceback`: an exception's traceback as text, printed as an uncaught
//! one is (`interp/traceback.rs` does the formatting for both).

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 5] = [
        ("format_exc", "(limit=None, chain=True)", format_exc),
        (
            "print_exc",
            "(limit=None, file=None, chain=True)",
            print_exc,
        ),
        (
            "format_exception",
            "(exc, /, value=None, tb=None, limit=None, chain=True)",
            format_exception,
        ),
        (
            "print_exception",
            "(exc, /, value=None, tb=None, limit=None, file=None, chain=True)",
            print_exception,
        ),
        (
            "format_exception_only",
            "(exc, /, value=None)",
            format_exception_only,
        ),
    ];
    super::def_natives(ns, "traceback", &fns);
}

/// The exception argument: an exception object (the 3.10 form), or a
/// `(type, value, tb)` triple's value.
fn exception_arg(args: &[Value]) -> PyResult<Option<Instance>> {
    let exc = match (args.first(), args.get(1)) {
        (_, Some(v @ Value::Instance(_))) => v,
        (Some(v), _) => v,
        (None, _) => return Ok(None),
    };
    match exc {
        Value::Instance(i) if i.exc().is_some() => Ok(Some(i.clone())),
        Value::None => Ok(None),
        other => Err(PyErr::type_error(format!(
            "Exception expected for value, {} found",
            other.type_name()
        ))),
    }
}

fn chain_flag(it: &mut Interp, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => it.truthy(v),
        None => Ok(true),
    }
}

fn text_of(it: &mut Interp, exc: Option<Instance>, chain: bool) -> String {
    match exc {
        Some(inst) => it.format_exception_text(&inst, chain),
        None => "NoneType: None\n".to_string(),
    }
}

/// The text split into lines, as CPython's list of strings joins back.
fn lines(text: &str) -> Value {
    Value::list(text.split_inclusive('\n').map(Value::str).collect())
}

/// Write `text` to `file` (an object with `write`) or to stderr.
fn emit(it: &mut Interp, text: &str, file: Option<&Value>) -> PyResult<Value> {
    match file {
        Some(f) if !f.is_none() && !super::modules::is_stream(f) => {
            it.call_method_by_name(f, "write", vec![Value::str(text)])?;
        }
        _ => {
            use std::io::Write;
            it.flush();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
    Ok(Value::None)
}

fn current(it: &Interp) -> Option<Instance> {
    match it.handling.last() {
        Some(Value::Instance(i)) => Some(i.clone()),
        _ => None,
    }
}

fn format_exc(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chain = chain_flag(it, args.get(1))?;
    let exc = current(it);
    Ok(Value::string(text_of(it, exc, chain)))
}

fn print_exc(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chain = chain_flag(it, args.get(2))?;
    let exc = current(it);
    let text = text_of(it, exc, chain);
    emit(it, &text, args.get(1))
}

fn format_exception(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chain = chain_flag(it, args.get(4))?;
    let exc = exception_arg(args)?;
    Ok(lines(&text_of(it, exc, chain)))
}

fn print_exception(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let chain = chain_flag(it, args.get(5))?;
    let exc = exception_arg(args)?;
    let text = text_of(it, exc, chain);
    emit(it, &text, args.get(4))
}

fn format_exception_only(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let text = match exception_arg(args)? {
        Some(inst) => format!("{}\n", it.exception_line(&inst)),
        None => "NoneType: None\n".to_string(),
    };
    Ok(lines(&text))
}
