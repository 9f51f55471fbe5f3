//! `_bisect`: binary search in a sorted sequence and insertion that keeps
//! it sorted, native as CPython's are (`bisect.py` imports them). Any
//! sequence works; a list's items are read in place, one at a time, with
//! no borrow held across a comparison (which may be Python code that
//! changes the list: an index past the end is then the list's IndexError,
//! as in CPython).

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::int::int_from_len;
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    const SIG: &str = "(a, x, lo=0, hi=None, *, key=None)";
    let fns: [(&'static str, &'static str, NativeFn); 4] = [
        ("bisect_right", SIG, bisect_right),
        ("bisect_left", SIG, bisect_left),
        ("insort_right", SIG, insort_right),
        ("insort_left", SIG, insort_left),
    ];
    super::def_natives(ns, "_bisect", &fns);
}

/// Which end of a run of equal items the search stops at.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
}

/// The arguments after `a` and `x`: the bounds (CPython's `-1` for `hi`
/// means "the length", as None does) and the key.
struct Bounds {
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

fn bounds(it: &mut Interp, args: &[Value]) -> PyResult<Bounds> {
    let lo = match args.get(2) {
        Some(v) => super::want_int(it, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match args.get(3) {
        None | Some(Value::None) => -1,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => super::want_int(it, v)?,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            )))
        }
    };
    let hi = if hi == -1 {
        let a = args.first().cloned().unwrap_or(Value::None);
        int_from_len(it.len(&a)?)
    } else {
        hi
    };
    let key = args.get(4).filter(|k| !k.is_none()).cloned();
    Ok(Bounds { lo, hi, key })
}

/// `a[i]`: a list's or a tuple's item read in place, anything else
/// through its `__getitem__`.
fn item(it: &mut Interp, a: &Value, i: i64) -> PyResult<Value> {
    let found = match a {
        Value::List(l) => usize::try_from(i)
            .ok()
            .and_then(|j| l.items.borrow().get(j).cloned()),
        Value::Tuple(t) => usize::try_from(i)
            .ok()
            .and_then(|j| t.items.get(j).cloned()),
        _ => None,
    };
    match found {
        Some(v) => Ok(v),
        None => it.getitem(a, &Value::Int(i)),
    }
}

/// The insertion point of `x` in `a[lo:hi]` (`x` already keyed).
fn search(it: &mut Interp, a: &Value, x: &Value, b: &Bounds, side: Side) -> PyResult<i64> {
    let (mut lo, mut hi) = (b.lo, b.hi);
    while lo < hi {
        // Both are non-negative i64s: their sum fits a u64.
        let mid = i64::try_from((lo.cast_unsigned() + hi.cast_unsigned()) / 2).unwrap_or(lo);
        let mut probe = item(it, a, mid)?;
        if let Some(key) = &b.key {
            probe = it.call(key, vec![probe], Vec::new())?;
        }
        let goes_left = match side {
            Side::Right => it.less_than(x, &probe)?,
            Side::Left => !it.less_than(&probe, x)?,
        };
        if goes_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn find(it: &mut Interp, args: &[Value], side: Side) -> PyResult<Value> {
    let b = bounds(it, args)?;
    let (a, x) = (&args[0], &args[1]);
    Ok(Value::Int(search(it, a, x, &b, side)?))
}

fn bisect_right(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    find(it, args, Side::Right)
}

fn bisect_left(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    find(it, args, Side::Left)
}

/// Insert `x` where the search puts its key: into an exact list directly,
/// else through the sequence's own `insert` (a subclass's override runs).
fn insort(it: &mut Interp, args: &[Value], side: Side) -> PyResult<Value> {
    let b = bounds(it, args)?;
    let (a, x) = (&args[0], &args[1]);
    let keyed = match &b.key {
        Some(key) => it.call(key, vec![x.clone()], Vec::new())?,
        None => x.clone(),
    };
    let at = search(it, a, &keyed, &b, side)?;
    if let Value::List(l) = a {
        let mut items = l.items.borrow_mut();
        let j = usize::try_from(at).unwrap_or(0).min(items.len());
        crate::runtime::fallible::reserve(&mut items, 1)?;
        items.insert(j, x.clone());
        return Ok(Value::None);
    }
    it.call_method_by_name(a, "insert", vec![Value::Int(at), x.clone()])?;
    Ok(Value::None)
}

fn insort_right(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    insort(it, args, Side::Right)
}

fn insort_left(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    insort(it, args, Side::Left)
}
