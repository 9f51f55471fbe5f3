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
    let fns: [(&'static str, &'static str, NativeFn); 18] = [
        ("read", "(path, /)", read),
        ("write", "(path, data, append, /)", write),
        ("exists", "(path, /)", exists),
        ("is_dir", "(path, /)", is_dir),
        ("is_file", "(path, /)", is_file),
        ("list_dir", "(path, /)", list_dir),
        ("remove", "(path, /)", remove),
        ("getcwd", "()", getcwd),
        ("environ", "()", environ),
        ("putenv", "(name, value, /)", putenv),
        ("unsetenv", "(name, /)", unsetenv),
        ("mkdir", "(path, mode, /)", mkdir),
        ("rmdir", "(path, /)", rmdir),
        ("rename", "(src, dst, /)", rename),
        ("stat", "(path, follow_symlinks, /)", stat),
        ("touch", "(path, /)", touch),
        ("realpath", "(path, /)", realpath),
        ("terminal_size", "(fd, /)", terminal_size),
    ];
    super::def_natives(ns, "_files", &fns);
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
    os_error2(e, path, None)
}

/// The same, naming two paths (`[Errno 2] No such file or directory: 'a' -> 'b'`).
fn os_error2(e: &std::io::Error, path: &str, path2: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust adds " (os error N)" to the C library's message.
    let text = e.to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(msg, _)| msg)
        .to_string();
    let mut args = vec![
        Value::Int(i64::from(errno)),
        Value::string(strerror),
        Value::str(path),
    ];
    if let Some(path2) = path2 {
        args.push(Value::None);
        args.push(Value::str(path2));
    }
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

/// The name of an environment variable, with CPython's checks.
fn env_name(v: &Value) -> PyResult<String> {
    let Some(name) = v.as_str() else {
        return Err(PyErr::type_error(format!(
            "str expected, not {}",
            v.type_name()
        )));
    };
    if name.contains('=') || name.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if name.is_empty() {
        // The C library's setenv refuses it: EINVAL.
        return Err(PyErr::with_args(
            ExcKind::OSError,
            vec![Value::Int(22), Value::str("Invalid argument")],
        ));
    }
    Ok(name.to_string())
}

/// `os.putenv(name, value)`: set a variable of the process's environment
/// (what programs it starts inherit).
fn putenv(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = env_name(&args[0])?;
    let Some(value) = args[1].as_str() else {
        return Err(PyErr::type_error(format!(
            "str expected, not {}",
            args[1].type_name()
        )));
    };
    if value.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    // The interpreter runs on one thread; nothing reads the environment
    // concurrently.
    std::env::set_var(name, value);
    Ok(Value::None)
}

/// `os.unsetenv(name)`.
fn unsetenv(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let name = env_name(&args[0])?;
    std::env::remove_var(name);
    Ok(Value::None)
}

fn mkdir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let path = path_arg(it, &args[0])?;
    let mode = match &args[1] {
        Value::Int(m) => u32::try_from(*m).unwrap_or(0o777),
        _ => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&path)
        .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn rmdir(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(it, &args[0])?;
    std::fs::remove_dir(&path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

fn rename(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let src = path_arg(it, &args[0])?;
    let dst = path_arg(it, &args[1])?;
    std::fs::rename(&src, &dst).map_err(|e| os_error2(&e, &src, Some(&dst)))?;
    Ok(Value::None)
}

/// Seconds since the epoch as a float, from a seconds and nanoseconds pair.
#[allow(clippy::cast_precision_loss)] // a timestamp as a float, as CPython gives it
fn timestamp(secs: i64, nanos: i64) -> Value {
    Value::Float(secs as f64 + nanos as f64 * 1e-9)
}

/// The numbers `os.stat_result` is made of: mode, ino, dev, nlink, uid, gid,
/// size, then atime, mtime and ctime as floats.
fn stat(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let path = path_arg(it, &args[0])?;
    let follow = it.truthy(&args[1])?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let m = meta.map_err(|e| os_error(&e, &path))?;
    let big = |n: u64| Value::bigint(num_bigint::BigInt::from(n));
    Ok(Value::tuple(vec![
        Value::Int(i64::from(m.mode())),
        big(m.ino()),
        big(m.dev()),
        big(m.nlink()),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        big(m.size()),
        timestamp(m.atime(), m.atime_nsec()),
        timestamp(m.mtime(), m.mtime_nsec()),
        timestamp(m.ctime(), m.ctime_nsec()),
    ]))
}

/// Create an empty file, or set an existing one's modification time to now.
fn touch(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(it, &args[0])?;
    let file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .map_err(|e| os_error(&e, &path))?;
    let now = std::time::SystemTime::now();
    file.set_times(
        std::fs::FileTimes::new()
            .set_accessed(now)
            .set_modified(now),
    )
    .map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// The absolute path with symbolic links, `.` and `..` worked out; the
/// part of it that does not exist is kept as written (`Path.resolve()`).
fn realpath(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::path::{Component, PathBuf};
    let path = path_arg(it, &args[0])?;
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    let full = cwd.join(&path);
    let mut done = PathBuf::from("/");
    let mut exists = true;
    for comp in full.components() {
        match comp {
            Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            Component::ParentDir => {
                done.pop();
            }
            Component::Normal(name) => {
                done.push(name);
                if exists {
                    match std::fs::canonicalize(&done) {
                        Ok(real) => done = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    Ok(Value::string(done.to_string_lossy().into_owned()))
}

/// The (columns, lines) of the terminal on a file descriptor, or None when
/// it is not a terminal.
fn terminal_size(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Int(fd) = args[0] else {
        return Ok(Value::None);
    };
    let Ok(fd) = libc::c_int::try_from(fd) else {
        return Ok(Value::None);
    };
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which
    // points at a live, properly aligned local of that type.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) };
    if rc != 0 || size.ws_col == 0 {
        return Ok(Value::None);
    }
    Ok(Value::tuple(vec![
        Value::Int(i64::from(size.ws_col)),
        Value::Int(i64::from(size.ws_row)),
    ]))
}
