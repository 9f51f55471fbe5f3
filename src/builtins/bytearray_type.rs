//! `bytearray`: bytes that change in place. Its own methods (`append`,
//! `extend`, `pop`, item assignment...) live here; the methods it shares
//! with `bytes` are the bytes natives, run on a copy of its contents, with
//! bytes results turned back into bytearrays as CPython's return them.

use std::cell::RefCell;
use std::rc::Rc;

use super::{def_method, def_slot};
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::fallible;
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

type Bytes = Rc<RefCell<Vec<u8>>>;

/// The bytes methods a bytearray has too, wrapped by `via_bytes`.
macro_rules! shared_with_bytes {
    ($($f:ident),* $(,)?) => {
        const SHARED: &[(&str, NativeFn)] = &[$((stringify!($f), {
            fn wrapped(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
                via_bytes(it, args, kw, super::bytes_methods::$f)
            }
            wrapped
        }),)*];
    };
}

shared_with_bytes!(
    decode,
    hex,
    count,
    find,
    rfind,
    index,
    rindex,
    startswith,
    endswith,
    replace,
    split,
    rsplit,
    join,
    strip,
    lstrip,
    rstrip,
    upper,
    lower,
    swapcase,
    capitalize,
    title,
    isdigit,
    isalpha,
    isalnum,
    isspace,
    isupper,
    islower,
    istitle,
    isascii,
    partition,
    rpartition,
    removeprefix,
    removesuffix,
    ljust,
    rjust,
    center,
    zfill,
    splitlines,
    expandtabs,
    translate,
);

pub(crate) fn register(i: &Interp) {
    let class = i.types.bytearray.clone();
    super::constructors::set_wrapping_ctor(
        &class,
        "bytearray",
        "(*args, **kwargs)",
        new,
        super::constructors::bytearray_dunder_new,
    );
    for (name, f) in SHARED {
        // The same declaration as the bytes method's.
        let sig = match i.types.bytes.dict.get_str(name) {
            Some(Value::Builtin(b)) => b.sig.text,
            _ => "(*args, **kwargs)",
        };
        def_method(&class, name, sig, *f);
    }
    def_method(&class, "append", "(item, /)", append);
    def_method(&class, "extend", "(iterable_of_ints, /)", extend);
    def_method(&class, "insert", "(index, item, /)", insert);
    def_method(&class, "pop", "(index=-1, /)", pop);
    def_method(&class, "remove", "(value, /)", remove);
    def_method(&class, "reverse", "()", reverse);
    def_method(&class, "clear", "()", clear);
    def_method(&class, "copy", "()", copy);
    def_slot(&class, "__init__", init);
    def_slot(&class, "__setitem__", setitem);
    def_slot(&class, "__delitem__", delitem);
    def_slot(&class, "__iadd__", iadd);
    super::def_classmethod(&class, "fromhex", "(string, /)", fromhex);
    class.dict.set_str("__hash__", Value::None);
    i.builtins.set_str("bytearray", Value::Class(class));
}

/// `bytearray(source=b'', encoding=..., errors=...)`: what `bytes()` would
/// make, mutable.
pub(crate) fn new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match super::bytes_methods::bytes_new(it, args, kw) {
        // Fresh bytes are taken over, not copied.
        Ok(Value::Bytes(b)) => Ok(Value::bytearray(match Rc::try_unwrap(b) {
            Ok(b) => b,
            Err(b) => fallible::copied(&b)?,
        })),
        Ok(other) => Ok(other),
        Err(e) => Err(rename_bytes_error(e)),
    }
}

/// `bytearray.__init__(self, source=b'', ...)`: what a subclass's
/// `super().__init__(...)` calls; the contents are replaced.
fn init(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let fresh = match new(it, &args[1..], kw)? {
        Value::ByteArray(b) => std::mem::take(&mut *b.borrow_mut()),
        _ => Vec::new(),
    };
    *me(args)?.borrow_mut() = fresh;
    Ok(Value::None)
}

/// Errors from the shared bytes code name `bytes`; these are bytearray's.
fn rename_bytes_error(e: PyErr) -> PyErr {
    match crate::interp::ops::type_error_text(&e) {
        Some(msg) if msg.contains("bytes()") => {
            PyErr::type_error(msg.replace("bytes()", "bytearray()"))
        }
        _ => e,
    }
}

/// Run a bytes method on a copy of the bytearray (and of any bytearray
/// argument); its bytes results become bytearrays.
fn via_bytes(it: &mut Interp, args: &[Value], kw: Kwargs, f: NativeFn) -> PyResult<Value> {
    let as_bytes = args.iter().map(frozen).collect::<PyResult<Vec<Value>>>()?;
    thaw(f(it, &as_bytes, kw)?)
}

/// A bytearray as bytes (a copy, or MemoryError); other values as they are.
fn frozen(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::ByteArray(b) => Value::Bytes(Rc::new(fallible::copied(&b.borrow())?)),
        other => other.clone(),
    })
}

/// Bytes results as bytearrays: the bytes moved when nothing else holds
/// them, else copied (or MemoryError).
fn thaw(v: Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bytes(b) => Value::bytearray(match Rc::try_unwrap(b) {
            Ok(v) => v,
            Err(b) => fallible::copied(&b)?,
        }),
        Value::List(l) => {
            // A new list from the bytes method: its items are taken, not
            // shared, so they move.
            let items = std::mem::take(&mut *l.items.borrow_mut());
            Value::list(items.into_iter().map(thaw).collect::<PyResult<_>>()?)
        }
        Value::Tuple(t) => {
            Value::tuple(t.items.iter().cloned().map(thaw).collect::<PyResult<_>>()?)
        }
        other => other,
    })
}

fn me(args: &[Value]) -> PyResult<&Bytes> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

/// A byte value: an int (or `__index__`) in range(0, 256).
fn byte(it: &mut Interp, v: &Value) -> PyResult<u8> {
    let n = super::want_int(it, v)?;
    u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

/// The bytes an iterable (or a bytes-like object) stands for.
fn bytes_of(it: &mut Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.with_bytes(fallible::copied) {
        return b;
    }
    if let Value::Str(_) = v {
        return Err(PyErr::type_error(
            "expected iterable of integers; got: 'str'",
        ));
    }
    let mut out = Vec::new();
    for item in it.collect(v)? {
        fallible::push(&mut out, byte(it, &item)?)?;
    }
    Ok(out)
}

fn append(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = byte(it, &args[1])?;
    fallible::push(&mut me(args)?.borrow_mut(), b)?;
    Ok(Value::None)
}

fn extend(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let more = bytes_of(it, &args[1]).map_err(|e| {
        if e.is(crate::runtime::exception::ExcKind::TypeError) && args[1].byte_content().is_none() {
            match crate::interp::ops::type_error_text(&e) {
                Some(msg) if msg.contains("not iterable") => PyErr::type_error(format!(
                    "can't extend bytearray with {}",
                    args[1].type_name()
                )),
                _ => e,
            }
        } else {
            e
        }
    })?;
    fallible::extend(&mut me(args)?.borrow_mut(), more.into_iter())?;
    Ok(Value::None)
}

fn insert(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let i = super::want_int(it, &args[1])?;
    let b = byte(it, &args[2])?;
    let mut items = me(args)?.borrow_mut();
    let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(usize::try_from(at).unwrap_or(0), b);
    Ok(Value::None)
}

fn pop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let i = match args.get(1) {
        Some(v) => super::want_int(it, v)?,
        None => -1,
    };
    let mut items = me(args)?.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    match crate::interp::ops::norm_index(i, items.len()) {
        Some(j) => Ok(Value::Int(i64::from(items.remove(j)))),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn remove(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = byte(it, &args[1])?;
    let mut items = me(args)?.borrow_mut();
    match items.iter().position(|&x| x == b) {
        Some(j) => {
            items.remove(j);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn reverse(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    me(args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::bytearray(fallible::copied(&me(args)?.borrow())?))
}

fn setitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    set_item(it, me(args)?, &args[1], &args[2])?;
    Ok(Value::None)
}

fn delitem(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    del_item(it, me(args)?, &args[1])?;
    Ok(Value::None)
}

fn iadd(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.inplace_op(pyslot_grammar::ast::BinOp::Add, args[0].clone(), &args[1])
}

fn fromhex(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    thaw(super::bytes_methods::fromhex(it, args, kw)?)
}

/// `ba[idx] = v`: one byte, or a slice replaced by the bytes of `v`. The
/// index (`__index__`) and the value are worked out before the bytearray is
/// read, so Python code they run may change it.
pub(crate) fn set_item(it: &mut Interp, b: &Bytes, idx: &Value, v: &Value) -> PyResult<()> {
    let Value::Slice(s) = idx else {
        let i = it.index_of(idx, "bytearray")?;
        let x = byte(it, v)?;
        let mut items = b.borrow_mut();
        return match crate::interp::ops::norm_index(i, items.len()) {
            Some(j) => {
                items[j] = x;
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    };
    let bounds = it.slice_unpack(s)?;
    if let Value::Int(_) = v {
        return Err(PyErr::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    let new = bytes_of(it, v)?;
    let mut items = b.borrow_mut();
    let (start, stop, step, n) = bounds.adjust(items.len());
    if step == 1 {
        let start = usize::try_from(start).unwrap_or(0);
        let stop = usize::try_from(stop).unwrap_or(0).max(start);
        items.splice(start..stop, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            n
        )));
    }
    for (k, x) in new.into_iter().enumerate() {
        items[crate::interp::ops::slice_pos(start, step, k)] = x;
    }
    Ok(())
}

/// `del ba[idx]`.
pub(crate) fn del_item(it: &mut Interp, b: &Bytes, idx: &Value) -> PyResult<()> {
    let Value::Slice(s) = idx else {
        let i = it.index_of(idx, "bytearray")?;
        let mut items = b.borrow_mut();
        return match crate::interp::ops::norm_index(i, items.len()) {
            Some(j) => {
                items.remove(j);
                Ok(())
            }
            None => Err(PyErr::index_error("bytearray index out of range")),
        };
    };
    // `__index__` runs before the length is read.
    let bounds = it.slice_unpack(s)?;
    let mut items = b.borrow_mut();
    let (start, _, step, n) = bounds.adjust(items.len());
    let mut at: Vec<usize> = (0..n)
        .map(|k| crate::interp::ops::slice_pos(start, step, k))
        .collect();
    at.sort_unstable();
    let mut k = 0;
    let mut pos = 0;
    items.retain(|_| {
        let drop_it = at.get(k) == Some(&pos);
        if drop_it {
            k += 1;
        }
        pos += 1;
        !drop_it
    });
    Ok(())
}
