//! The `sys` module: the program's arguments and paths, the standard
//! streams, the interpreter's limits, and what it can say about objects
//! (`getsizeof`, `getrefcount`).

use std::io::BufRead;

use super::modules::func;
use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{ExcKind, PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::int;
use crate::runtime::value::Value;

pub(crate) fn fill(it: &mut Interp, ns: &PyDict) {
    ns.set_str(
        "argv",
        Value::list(it.argv.iter().map(|a| Value::str(a)).collect()),
    );
    ns.set_str("path", it.sys_path.clone());
    ns.set_str("modules", Value::Dict(it.modules.clone()));
    ns.set_str("maxsize", Value::Int(i64::MAX));
    ns.set_str("stdout", it.stream("<stdout>"));
    ns.set_str("stderr", it.stream("<stderr>"));
    ns.set_str(
        "version",
        Value::str(concat!("3.11 (pyslot ", env!("CARGO_PKG_VERSION"), ")")),
    );
    func(ns, "sys", "exit", "(status=None, /)", sys_exit);
    func(
        ns,
        "sys",
        "getsizeof",
        "(obj, /, deep=False)",
        super::objects::sizeof,
    );
    func(ns, "sys", "getrecursionlimit", "()", sys_getrecursionlimit);
    func(
        ns,
        "sys",
        "setrecursionlimit",
        "(limit, /)",
        sys_setrecursionlimit,
    );
    func(
        ns,
        "sys",
        "get_int_max_str_digits",
        "()",
        get_int_max_str_digits,
    );
    func(
        ns,
        "sys",
        "set_int_max_str_digits",
        "(maxdigits)",
        set_int_max_str_digits,
    );
    ns.set_str("stdin", it.stream("<stdin>"));
    ns.set_str("platform", Value::str(std::env::consts::OS));
    ns.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    ns.set_str("implementation_name", Value::str("pyslot"));
    ns.set_str("hexversion", Value::Int(0x030B_00F0));
    ns.set_str("api_version", Value::Int(1013));
    ns.set_str("dont_write_bytecode", Value::Bool(true));
    if let Ok(exe) = std::env::current_exe() {
        ns.set_str(
            "executable",
            Value::string(exe.to_string_lossy().into_owned()),
        );
    }
    ns.set_str(
        "builtin_module_names",
        Value::tuple(vec![Value::str("builtins"), Value::str("sys")]),
    );
    func(ns, "sys", "intern", "(string, /)", intern);
    func(ns, "sys", "getrefcount", "(object, /)", getrefcount);
    func(ns, "sys", "exc_info", "()", exc_info);
    func(ns, "sys", "exception", "()", exception);
}

/// `sys.version_info` (a named tuple, so both `sys.version_info >= (3, 8)`
/// and `sys.version_info.major` work), `sys.int_info` and `sys.flags`.
pub(crate) fn add_version_info(it: &mut Interp, ns: &PyDict) {
    // A small class of its own: importing `collections` for a namedtuple
    // would make every `import sys` pay for collections and its ABCs.
    let Ok(info) = it.find_and_load("_sysinfo") else {
        return;
    };
    for (name, attr) in [
        ("version_info", "value"),
        ("int_info", "int_info"),
        ("flags", "flags"),
    ] {
        if let Ok(v) = it.getattr(&info, attr) {
            ns.set_str(name, v);
        }
    }
}

/// `sys.get_int_max_str_digits()`.
fn get_int_max_str_digits(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(int::int_from_len(int::max_str_digits())))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 for no limit, else at least
/// `sys.int_info.str_digits_check_threshold`.
fn set_int_max_str_digits(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = super::want_c_int(it, &args[0])?;
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= int::STR_DIGITS_CHECK_THRESHOLD => {
            int::set_max_str_digits(n);
            Ok(Value::None)
        }
        _ => Err(PyErr::value_error(format!(
            "maxdigits must be 0 or larger than {}",
            int::STR_DIGITS_CHECK_THRESHOLD
        ))),
    }
}

pub(crate) fn sys_exit(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, args.to_vec()))
}

fn sys_getrecursionlimit(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(crate::runtime::int::int_from_len(
        it.recursion_limit,
    )))
}

/// `sys.setrecursionlimit(n)`, with CPython's checks. Deep recursion stays
/// safe whatever the limit: the native stack has its own guard, which also
/// raises RecursionError.
fn sys_setrecursionlimit(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = match &args[0] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => it.to_index(v)?,
    };
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = usize::try_from(n)
        .unwrap_or(usize::MAX)
        .min(i32::MAX as usize);
    // CPython's depth also counts the module frame and this call.
    let depth = it.depth + 2;
    if n <= depth {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n, depth
            ),
        ));
    }
    it.recursion_limit = n;
    Ok(Value::None)
}

fn intern(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        v @ Value::Str(_) => Ok(v.clone()),
        other => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.getrefcount(x)`: how many references pyslot holds to the object
/// (counting the argument, as CPython does). Values held inline (small
/// ints, None, True) have no count of their own; like CPython's immortal
/// objects they report a large number.
fn getrefcount(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match args[0].ref_count() {
        Some(n) => crate::runtime::int::int_from_len(n),
        None => 4_294_967_295,
    }))
}

/// `sys.exc_info()`: the exception being handled, as (type, value, None).
fn exc_info(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match it.handling.last() {
        Some(v @ Value::Instance(i)) => Value::tuple(vec![
            Value::Class(i.class().clone()),
            v.clone(),
            Value::None,
        ]),
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(it.handling.last().cloned().unwrap_or(Value::None))
}

/// `sys.stdin.readline()`: one line of the program's input, with its line
/// end ('' at the end of the input).
pub(crate) fn read_line(it: &mut Interp) -> PyResult<String> {
    it.flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok(line)
}
