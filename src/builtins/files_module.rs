//! `_files`: the few host operations the Python-written `io` (its `open`)
//! and `os` modules stand on: reading and writing a whole file, and asking
//! about paths. Host errors become CPython's OSError subclasses with
//! `errno`, `strerror` and `filename` (`FileNotFoundError: [Errno 2] No
//! such file or directory: 'notes.txt'`).

use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 9] = [
        ("read", "(path, /)", read),
        ("write", "(path, data, append, /)", write),
        ("exists", "(path, /)", exists),
        ("is_dir", "(path, /)", is_dir),
        ("is_file", "(path, /)", is_file),
        ("list_dir", "(path, /)", list_dir),
        ("remove", "(path, /)", remove),
        ("getcwd", "()", getcwd),
        ("environ", "()", environ),
    ];
    for (name, sig, f) in fns {
        ns.set_str(name, super::native(name, sig, f));
    }
}

fn path_arg(it: &mut Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let fspath = it.getattr(v, "__fspath__").map_err(|_| {
                PyErr::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    v.type_name()
                ))
            })?;
            let p = it.call(&fspath, Vec::new(), Vec::new())?;
            it.to_str(&p)
        }
    }
}

/// An OSError of the subclass CPython picks for the host's errno.
fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust adds " (os error N)" to the C library's message.
    let text = e.to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(msg, _)| msg)
        .to_string();
    let args = vec![
        Value::Int(i64::from(errno)),
        Value::string(strerror),
        Value::str(path),
    ];
    let kind = super::exceptions::oserror_kind(&args).unwrap_or(ExcKind::OSError);
    PyErr::with_args(kind, args)
}

fn read(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(it, &args[0])?;
    match std::fs::read(&path) {
        Ok(data) => Ok(Value::Bytes(Rc::new(data))),
        Err(e) => Err(os_error(&e, &path)),
    }
}

fn write(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::io::Write;
    let path = path_arg(it, &args[0])?;
    let data = args[1].byte_content().unwrap_or_default().into_owned();
    let append = it.truthy(&args[2])?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .append(append)
        .truncate(!append)
        .open(&path);
    match file.and_then(|mut f| f.write_all(&data)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, &path)),
    }
}

fn metadata(it: &mut Interp, v: &Value) -> PyResult<Option<std::fs::Metadata>> {
    let path = path_arg(it, v)?;
    Ok(std::fs::metadata(path).ok())
}

fn exists(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(metadata(it, &args[0])?.is_some()))
}

fn is_dir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(it, &args[0])?.is_some_and(|m| m.is_dir()),
    ))
}

fn is_file(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(it, &args[0])?.is_some_and(|m| m.is_file()),
    ))
}

fn list_dir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(it, &args[0])?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, &path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &path))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(it, &args[0])?;
    std::fs::remove_file(&path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn getcwd(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let dir = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::string(dir.to_string_lossy().into_owned()))
}

/// The environment pyslot was started with, as a dict of str.
fn environ(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let env = PyDict::new();
    for (k, v) in std::env::vars_os() {
        env.set_str(
            &k.to_string_lossy(),
            Value::string(v.to_string_lossy().into_owned()),
        );
    }
    Ok(Value::new_dict(env))
}
