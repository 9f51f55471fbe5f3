//! `_heapq`: the heap queue's operations on a list, native as CPython's
//! are (`heapq.py` imports them; `merge`, `nsmallest` and `nlargest` stay
//! Python). A comparison may run Python code that changes the list: the
//! two items are cloned out before comparing, no borrow is held across
//! it, and a change of the list's size afterwards is CPython's
//! RuntimeError. Items are moved by swapping, so whatever a comparison
//! did, every index stays in bounds.

use std::rc::Rc;

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::{PyList, Value};

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 8] = [
        ("heappush", "(heap, item, /)", heappush),
        ("heappop", "(heap, /)", heappop),
        ("heapify", "(heap, /)", heapify),
        ("heapreplace", "(heap, item, /)", heapreplace),
        ("heappushpop", "(heap, item, /)", heappushpop),
        ("_heapify_max", "(heap, /)", heapify_max),
        ("_heappop_max", "(heap, /)", heappop_max),
        ("_heapreplace_max", "(heap, item, /)", heapreplace_max),
    ];
    super::def_natives(ns, "_heapq", &fns);
}

/// Which way the heap is ordered: CPython's `_max` variants keep the
/// largest item first and compare the other way round.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Min,
    Max,
}

/// The list a heap function works on (a list subclass's own list), or
/// CPython's TypeError naming the function and which argument.
fn heap_arg(args: &[Value], func: &str, which: &str) -> PyResult<Rc<PyList>> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let base = match &v {
        Value::Instance(i) => i.base_value(),
        _ => None,
    };
    match base.as_ref().unwrap_or(&v) {
        Value::List(l) => Ok(l.clone()),
        _ => Err(PyErr::type_error(format!(
            "{func}() {which} must be list, not {}",
            super::arg_type_name(&v)
        ))),
    }
}

fn item_arg(args: &[Value]) -> Value {
    args.get(1).cloned().unwrap_or(Value::None)
}

fn empty_heap() -> PyErr {
    PyErr::index_error("index out of range")
}

fn size_changed() -> PyErr {
    PyErr::runtime_error("list changed size during iteration")
}

/// Whether the item at `i` goes before the one at `j` in this heap's
/// order. The items are cloned out first: the comparison may be Python
/// code that changes the list.
fn goes_before(it: &mut Interp, heap: &PyList, i: usize, j: usize, order: Order) -> PyResult<bool> {
    let pair = {
        let items = heap.items.borrow();
        items.get(i).cloned().zip(items.get(j).cloned())
    };
    let Some((a, b)) = pair else {
        return Err(size_changed());
    };
    match order {
        Order::Min => it.less_than(&a, &b),
        Order::Max => it.less_than(&b, &a),
    }
}

fn swap(heap: &PyList, i: usize, j: usize) {
    let mut items = heap.items.borrow_mut();
    if i < items.len() && j < items.len() {
        items.swap(i, j);
    }
}

/// Move the item at `pos` toward the root while it goes before its
/// parent, never above `start` (CPython's `siftdown`).
fn sift_toward_root(
    it: &mut Interp,
    heap: &PyList,
    start: usize,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    let size = heap.len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let before = goes_before(it, heap, pos, parent, order)?;
        if heap.len() != size {
            return Err(size_changed());
        }
        if !before {
            break;
        }
        swap(heap, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Fill the hole at `pos`: move the child that goes first up until a leaf
/// is reached, then sift the item there back toward the root (CPython's
/// `siftup`, which makes fewer comparisons than stopping early).
fn sift_toward_leaves(
    it: &mut Interp,
    heap: &PyList,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            if !goes_before(it, heap, child, child + 1, order)? {
                child += 1;
            }
            if heap.len() != end {
                return Err(size_changed());
            }
        }
        swap(heap, pos, child);
        pos = child;
    }
    sift_toward_root(it, heap, start, pos, order)
}

fn heappush(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let heap = heap_arg(args, "heappush", "argument 1")?;
    let pos = {
        let mut items = heap.items.borrow_mut();
        crate::runtime::fallible::push(&mut items, item_arg(args))?;
        items.len() - 1
    };
    sift_toward_root(it, &heap, 0, pos, Order::Min)?;
    Ok(Value::None)
}

fn pop(it: &mut Interp, args: &[Value], func: &str, order: Order) -> PyResult<Value> {
    let heap = heap_arg(args, func, "argument")?;
    let (first, more) = {
        let mut items = heap.items.borrow_mut();
        let Some(last) = items.pop() else {
            return Err(empty_heap());
        };
        match items.first_mut() {
            Some(slot) => (std::mem::replace(slot, last), true),
            None => (last, false),
        }
    };
    if more {
        sift_toward_leaves(it, &heap, 0, order)?;
    }
    Ok(first)
}

fn heappop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pop(it, args, "heappop", Order::Min)
}

fn heappop_max(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    pop(it, args, "_heappop_max", Order::Max)
}

fn replace(it: &mut Interp, args: &[Value], func: &str, order: Order) -> PyResult<Value> {
    let heap = heap_arg(args, func, "argument 1")?;
    let first = match heap.items.borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, item_arg(args)),
        None => return Err(empty_heap()),
    };
    sift_toward_leaves(it, &heap, 0, order)?;
    Ok(first)
}

fn heapreplace(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    replace(it, args, "heapreplace", Order::Min)
}

fn heapreplace_max(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    replace(it, args, "_heapreplace_max", Order::Max)
}

/// Push then pop: the item comes straight back when it goes before the
/// heap's first.
fn heappushpop(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let heap = heap_arg(args, "heappushpop", "argument 1")?;
    let item = item_arg(args);
    let Some(top) = heap.get(0) else {
        return Ok(item);
    };
    if !it.less_than(&top, &item)? {
        return Ok(item);
    }
    // The comparison may have emptied the list.
    let first = match heap.items.borrow_mut().first_mut() {
        Some(slot) => std::mem::replace(slot, item),
        None => return Err(empty_heap()),
    };
    sift_toward_leaves(it, &heap, 0, Order::Min)?;
    Ok(first)
}

fn heapify_in(it: &mut Interp, args: &[Value], func: &str, order: Order) -> PyResult<Value> {
    let heap = heap_arg(args, func, "argument")?;
    // Every parent after its children: each subtree is a heap when its
    // root is sifted.
    for pos in (0..heap.len() / 2).rev() {
        sift_toward_leaves(it, &heap, pos, order)?;
    }
    Ok(Value::None)
}

fn heapify(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    heapify_in(it, args, "heapify", Order::Min)
}

fn heapify_max(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    heapify_in(it, args, "_heapify_max", Order::Max)
}
