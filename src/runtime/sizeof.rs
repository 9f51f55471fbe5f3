//! `sizeof(obj)`: the bytes an object occupies in pyslot, from the real
//! Rust layout (`size_of`) and the real capacities of what it owns. Small
//! ints, floats, bools and None live inside the 16-byte `Value` itself.

use std::mem::size_of;

use super::dict::{DictKey, PyDict};
use super::value::Value;

/// An `Rc<T>` allocation: strong and weak counts, then the value.
pub(crate) fn rc_box<T>() -> usize {
    2 * size_of::<usize>() + size_of::<T>()
}

/// The heap an insertion-ordered dict owns: its entry vector (hash, key,
/// value per entry) and its index table (one `usize` and one control byte
/// per bucket, buckets a power of two with 1/8 kept free, plus a group of
/// trailing control bytes).
pub(crate) fn dict_heap(d: &PyDict) -> usize {
    let map = d.map.borrow();
    let cap = map.capacity();
    if cap == 0 {
        return 0;
    }
    let entry = size_of::<usize>() + size_of::<DictKey>() + size_of::<Value>();
    let buckets = if cap < 8 {
        (cap + 1).next_power_of_two().max(4)
    } else {
        (cap * 8 / 7).next_power_of_two()
    };
    cap * entry + buckets * (size_of::<usize>() + 1) + 16
}

pub(crate) fn sizeof(v: &Value) -> usize {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::NotImplemented
        | Value::Ellipsis => size_of::<Value>(),
        Value::BigInt(b) => rc_box::<num_bigint::BigInt>() + b.iter_u64_digits().len() * 8,
        Value::Str(s) => rc_box::<super::value::PyStr>() + s.s.heap_bytes(),
        Value::Bytes(b) => rc_box::<Vec<u8>>() + b.capacity(),
        Value::ByteArray(b) => rc_box::<std::cell::RefCell<Vec<u8>>>() + b.borrow().capacity(),
        Value::List(l) => {
            rc_box::<super::value::PyList>() + l.items.borrow().capacity() * size_of::<Value>()
        }
        Value::Tuple(t) => rc_box::<super::value::PyTuple>() + t.items.len() * size_of::<Value>(),
        Value::Dict(d) => rc_box::<PyDict>() + dict_heap(d),
        Value::Set(s) | Value::FrozenSet(s) => {
            rc_box::<super::set::PySet>() + s.table.borrow().heap_bytes()
        }
        Value::Range(_) => rc_box::<super::value::PyRange>(),
        Value::Slice(_) => rc_box::<super::value::PySlice>(),
        Value::Function(f) => {
            rc_box::<super::function::Function>()
                + f.defaults.capacity() * size_of::<Value>()
                + f.kwdefaults.capacity() * size_of::<Option<Value>>()
                + f.closure.capacity() * size_of::<usize>()
        }
        Value::Builtin(_) => rc_box::<super::function::Builtin>(),
        Value::BoundMethod(_) => rc_box::<super::function::BoundMethod>(),
        Value::Class(_) => rc_box::<super::class::Class>(),
        // The instance's own block (header + slots) and, for dict-backed
        // instances whose `__dict__` was built, that dict.
        // A builtin subclass's instance owns the value it wraps, too.
        Value::Instance(i) => {
            i.size_bytes()
                + i.dict()
                    .map(|d| rc_box::<PyDict>() + dict_heap(&d))
                    .unwrap_or(0)
                + i.base_value().map(|v| sizeof(&v)).unwrap_or(0)
                + i.packed().map(|p| packed_size(&p)).unwrap_or(0)
                + i.deque().map(|d| deque_size(&d)).unwrap_or(0)
        }
        Value::Iter(_) => rc_box::<super::iter::PyIter>(),
        Value::Generator(g) | Value::Coroutine(g) => {
            use super::generator::GenState;
            rc_box::<super::generator::PyGenerator>()
                + match &*g.state.borrow() {
                    GenState::Ready(_) => size_of::<super::generator::GenCoroutine>(),
                    GenState::Flat(gen) => {
                        size_of::<crate::interp::flat_gen::FlatGen>() + gen.owned_bytes()
                    }
                    GenState::Running | GenState::Done => 0,
                }
        }
        Value::DictView(_) => rc_box::<super::iter::DictView>(),
        Value::Member(_) => rc_box::<super::descriptor::MemberDescr>(),
        Value::Property(_) => rc_box::<super::descriptor::Property>(),
        Value::ClassMethod(_) | Value::StaticMethod(_) => rc_box::<Value>(),
        Value::Super(_) => rc_box::<super::descriptor::SuperObj>(),
        Value::ExcState(_) => rc_box::<std::cell::RefCell<super::exception::ExcData>>(),
        Value::Packed(p) => packed_size(p),
        Value::Deque(d) => deque_size(d),
    }
}

/// An array's element storage: its box and the buffer's capacity.
fn packed_size(p: &std::cell::RefCell<super::packed::PackedArray>) -> usize {
    rc_box::<std::cell::RefCell<super::packed::PackedArray>>() + p.borrow().bytes.capacity()
}

/// A deque's storage: its box and the ring buffer's capacity.
pub(crate) fn deque_size(d: &super::deque::PyDeque) -> usize {
    rc_box::<super::deque::PyDeque>() + d.heap_bytes()
}

/// `sizeof(v, deep=True)`: the bytes of `v` and of every object reachable
/// from it through containers and instance attributes, each object counted
/// once however many references lead to it. Values kept inside a slot
/// (small ints, floats, bools, None) are already part of the slot's bytes.
/// Classes, functions and modules are not followed: they are the program,
/// not the data.
pub(crate) fn deep_sizeof(v: &Value) -> usize {
    let mut seen = std::collections::HashSet::new();
    let mut total = sizeof(v);
    let mut stack: Vec<Value> = Vec::new();
    if let Some(addr) = heap_addr(v) {
        seen.insert(addr);
        if let Value::Instance(i) = v {
            if let Some(addr) = i.base_value().as_ref().and_then(heap_addr) {
                seen.insert(addr);
            }
        }
        push_children(v, &mut stack);
    }
    // An explicit stack: deep nesting cannot overflow the native one.
    while let Some(child) = stack.pop() {
        let Some(addr) = heap_addr(&child) else {
            continue;
        };
        if !seen.insert(addr) {
            continue;
        }
        // A wrapped value was counted with its instance.
        if let Value::Instance(i) = &child {
            if let Some(addr) = i.base_value().as_ref().and_then(heap_addr) {
                seen.insert(addr);
            }
        }
        total += sizeof(&child);
        push_children(&child, &mut stack);
    }
    total
}

/// The address of a heap object worth counting, None for inline values and
/// for the program's own objects (classes, functions, modules).
fn heap_addr(v: &Value) -> Option<usize> {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Class(_)
        | Value::Function(_)
        | Value::Builtin(_) => None,
        Value::Instance(i) if &*i.class().name == "module" && &*i.class().module == "builtins" => {
            None
        }
        other => other.heap_ptr(),
    }
}

fn push_children(v: &Value, stack: &mut Vec<Value>) {
    match v {
        Value::List(l) => stack.extend(l.items.borrow().iter().cloned()),
        Value::Tuple(t) => stack.extend(t.items.iter().cloned()),
        Value::Dict(d) => {
            for (k, val) in d.items() {
                stack.push(k);
                stack.push(val);
            }
        }
        Value::Set(s) | Value::FrozenSet(s) => stack.extend(s.values()),
        Value::Instance(i) => {
            if let Some(v) = i.base_value() {
                push_children(&v, stack);
            }
            for k in 0..i.slots().len() {
                if Some(k) == i.class().layout.base_value {
                    continue;
                }
                if let Some(x) = i.get(k) {
                    match x {
                        // The built __dict__ is counted with the instance;
                        // its contents are followed.
                        Value::Dict(d) => {
                            for (key, val) in d.items() {
                                stack.push(key);
                                stack.push(val);
                            }
                        }
                        // An array's elements are counted with it.
                        Value::Packed(_) => {}
                        // A deque's ring is counted with it; its items
                        // are followed.
                        Value::Deque(d) => stack.extend(d.items.borrow().iter().cloned()),
                        other => stack.push(other),
                    }
                }
            }
        }
        Value::BoundMethod(m) => stack.push(m.receiver.clone()),
        _ => {}
    }
}

/// Objects reachable from `roots`, each counted once, by type name: how
/// many and their bytes (`sizeof` each). Instances are left to the class
/// census; classes, functions and modules are not followed.
pub(crate) fn reachable_by_type(roots: &[Value]) -> Vec<(String, usize, usize)> {
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<Value> = roots.to_vec();
    let mut table: Vec<(String, usize, usize)> = Vec::new();
    while let Some(v) = stack.pop() {
        let Some(addr) = heap_addr(&v) else {
            continue;
        };
        if !seen.insert(addr) {
            continue;
        }
        if !matches!(v, Value::Instance(_)) {
            let name = v.type_name();
            let bytes = sizeof(&v);
            match table.iter_mut().find(|(n, _, _)| *n == name) {
                Some(row) => {
                    row.1 += 1;
                    row.2 += bytes;
                }
                None => table.push((name, 1, bytes)),
            }
        }
        push_children(&v, &mut stack);
    }
    table.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    table
}
