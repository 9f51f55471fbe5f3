//! What every iterator has: `__next__` and `__iter__` (so `it.__next__()`
//! works on a list iterator, a `map`, a generator expression...).

use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::int::int_from_len;
use crate::runtime::iter::IterState;
use crate::runtime::value::Value;

/// Give an iterator type its two methods (and `__length_hint__` to the
/// iterators over sequences, as CPython's have).
pub(crate) fn install(class: &Class) {
    super::def_slot(class, "__next__", iter_next);
    super::def_slot(class, "__iter__", iter_self);
    if matches!(
        &*class.name,
        "list_iterator"
            | "tuple_iterator"
            | "str_iterator"
            | "str_ascii_iterator"
            | "bytes_iterator"
            | "bytearray_iterator"
            | "range_iterator"
            | "list_reverseiterator"
            | "reversed"
            | "_deque_iterator"
            | "_deque_reverse_iterator"
    ) {
        super::def_method(class, "__length_hint__", "()", iter_length_hint);
    }
}

/// `it.__length_hint__()`: how many items a sequence iterator has left.
fn iter_length_hint(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Iter(pit) = &args[0] else {
        return Ok(Value::Int(0));
    };
    let left = match &*pit.state.borrow() {
        IterState::Seq { seq, idx } => {
            let idx = *idx;
            match seq {
                Value::List(l) => l.items.borrow().len().saturating_sub(idx),
                Value::Tuple(t) => t.items.len().saturating_sub(idx),
                Value::Str(s) => s.s.get(idx..).map_or(0, |rest| rest.chars().count()),
                Value::Bytes(b) => b.len().saturating_sub(idx),
                Value::ByteArray(b) => b.borrow().len().saturating_sub(idx),
                _ => 0,
            }
        }
        IterState::Range { remaining, .. } => return Ok(Value::Int((*remaining).max(0))),
        IterState::Deque {
            deque,
            idx,
            reverse,
            ..
        } => {
            if *reverse {
                *idx
            } else {
                deque.len().saturating_sub(*idx)
            }
        }
        IterState::Reversed { seq, idx } => match seq {
            Value::List(l) => (*idx).min(l.items.borrow().len()),
            _ => *idx,
        },
        _ => 0,
    };
    Ok(Value::Int(int_from_len(left)))
}

pub(crate) fn iter_next(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match it.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration()),
    }
}

pub(crate) fn iter_self(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args[0].clone())
}
