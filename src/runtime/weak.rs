//! The native side of weak references (`weakref.ref`). A referent gets a
//! serial number the first time a weak reference to it is made; the
//! `weakref` module's objects hold only that number. An instance tells this
//! table when it dies (its header has a flag saying it is weakly
//! referenced), so the serial goes dead before the memory can be reused and
//! callbacks can run at the next safe point. Functions and classes are
//! followed through `Rc`'s own weak pointers.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::class::Class;
use super::exception::{PyErr, PyResult};
use super::function::{BoundMethod, Builtin, Function};
use super::instance::Instance;
use super::set::PySet;
use super::value::Value;

enum Referent {
    /// The instance's address: the entry is removed by [`referent_died`]
    /// before the instance's memory goes, so while it is here it is live.
    Instance(usize),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Builtin(Weak<Builtin>),
    Method(Weak<BoundMethod>),
    Set(Weak<PySet>, bool),
}

#[derive(Default)]
struct Table {
    /// The live serial of each weakly referenced object, by address.
    by_addr: HashMap<usize, u64>,
    referents: HashMap<u64, Referent>,
    next: u64,
    /// Serials whose referent died since the evaluator last looked.
    died: Vec<u64>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

/// The serial of `v` for a new weak reference.
/// Objects that cannot be weakly referenced get CPython's TypeError.
pub(crate) fn register(v: &Value) -> PyResult<u64> {
    let (Some(addr), Some(referent)) = (v.heap_ptr(), referent(v)) else {
        return Err(PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            v.type_name()
        )));
    };
    if let Value::Instance(i) = v {
        i.mark_weakly_referenced();
    }
    Ok(TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&serial) = t.by_addr.get(&addr) {
            if t.referents.get(&serial).is_some_and(alive) {
                return serial;
            }
        }
        t.next += 1;
        let serial = t.next;
        t.by_addr.insert(addr, serial);
        t.referents.insert(serial, referent);
        serial
    }))
}

/// How the table follows `v`, if it can be weakly referenced.
fn referent(v: &Value) -> Option<Referent> {
    Some(match v {
        Value::Instance(i) if i.class().layout.weakref => Referent::Instance(i.addr()),
        Value::Function(f) => Referent::Function(Rc::downgrade(f)),
        Value::Class(c) => Referent::Class(Rc::downgrade(c)),
        Value::Builtin(b) => Referent::Builtin(Rc::downgrade(b)),
        Value::BoundMethod(m) => Referent::Method(Rc::downgrade(m)),
        Value::Set(s) => Referent::Set(Rc::downgrade(s), false),
        Value::FrozenSet(s) => Referent::Set(Rc::downgrade(s), true),
        _ => return None,
    })
}

fn alive(r: &Referent) -> bool {
    match r {
        Referent::Instance(_) => true,
        Referent::Function(w) => w.strong_count() > 0,
        Referent::Class(w) => w.strong_count() > 0,
        Referent::Builtin(w) => w.strong_count() > 0,
        Referent::Method(w) => w.strong_count() > 0,
        Referent::Set(w, _) => w.strong_count() > 0,
    }
}

/// The referent of `serial`, while it lives.
pub(crate) fn deref(serial: u64) -> Option<Value> {
    TABLE.with(|t| {
        let t = t.borrow();
        match t.referents.get(&serial)? {
            Referent::Instance(addr) => {
                // SAFETY: an instance's entry is removed as it dies, so the
                // address is a live instance's.
                let inst = unsafe { Instance::from_live_addr(*addr) };
                Some(Value::Instance(inst))
            }
            Referent::Function(w) => w.upgrade().map(Value::Function),
            Referent::Class(w) => w.upgrade().map(Value::Class),
            Referent::Builtin(w) => w.upgrade().map(Value::Builtin),
            Referent::Method(w) => w.upgrade().map(Value::BoundMethod),
            Referent::Set(w, true) => w.upgrade().map(Value::FrozenSet),
            Referent::Set(w, false) => w.upgrade().map(Value::Set),
        }
    })
}

/// An instance with weak references is dying (its count is zero): its
/// serial goes dead now, and its callbacks run at the next safe point.
pub(crate) fn referent_died(addr: usize) {
    let _ = TABLE.try_with(|t| {
        let Ok(mut t) = t.try_borrow_mut() else {
            return;
        };
        let Some(serial) = t.by_addr.remove(&addr) else {
            return;
        };
        t.referents.remove(&serial);
        t.died.push(serial);
        super::generator::request_attention();
    });
}

/// The serials that died since the last call (functions and classes are
/// noticed here, when their weak pointer no longer upgrades).
pub(crate) fn take_died() -> Vec<u64> {
    TABLE
        .try_with(|t| {
            let Ok(mut t) = t.try_borrow_mut() else {
                return Vec::new();
            };
            std::mem::take(&mut t.died)
        })
        .unwrap_or_default()
}
