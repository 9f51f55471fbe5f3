//! Freeing deep structures without deep native recursion (CPython's
//! "trashcan"). Dropping a container drops what it holds, which may be a
//! container whose drop drops what *it* holds, and so on: a list nested a
//! million deep, or a linked list of a million instances, would recurse a
//! million native frames and overflow the stack. Containers hand their
//! contents to [`dispose`] instead: near the top of a chain of drops the
//! contents are dropped at once (the common, shallow case costs a counter);
//! past [`MAX_NESTED_DROPS`] they are parked on a list that the outermost
//! drop empties in a loop.

use std::cell::{Cell, RefCell};

use super::value::Value;

/// How many container drops may nest on the native stack before the rest
/// wait on the list.
const MAX_NESTED_DROPS: u32 = 64;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Leave to drop a dying container's contents in place: `None` when drops
/// already nest too deep, and the contents must be [`park`]ed instead.
pub(crate) fn enter() -> Option<Nesting> {
    // After the thread's locals are gone (at exit) there is no counter:
    // drop in place.
    let depth = DEPTH.try_with(Cell::get).unwrap_or(0);
    if depth >= MAX_NESTED_DROPS {
        return None;
    }
    let _ = DEPTH.try_with(|d| d.set(depth + 1));
    Some(Nesting {
        outermost: depth == 0,
    })
}

/// One level of nested drops; the outermost empties the parked values.
pub(crate) struct Nesting {
    outermost: bool,
}

impl Drop for Nesting {
    fn drop(&mut self) {
        if self.outermost {
            // What each parked value frees may park more: loop until none.
            while let Some(v) = PARKED
                .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
                .ok()
                .flatten()
            {
                drop(v);
            }
        }
        let _ = DEPTH.try_with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Keep `v` to be dropped by the outermost drop.
pub(crate) fn park(v: Value) {
    let mut v = Some(v);
    let _ = PARKED.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(v.take());
        }
    });
    // Only when the list is unreachable (never while a drop nests).
    drop(v);
}

/// Drop a dying container's `contents`: here, or, when drops already nest
/// too deep, each value parked for the outermost drop.
fn dispose(contents: impl IntoIterator<Item = Value>) {
    match enter() {
        Some(nesting) => {
            drop(contents);
            drop(nesting);
        }
        None => contents.into_iter().for_each(park),
    }
}

impl Drop for super::value::PyList {
    fn drop(&mut self) {
        super::collector::note_freed();
        let items = self.items.get_mut();
        if !items.is_empty() {
            dispose(std::mem::take(items));
        }
    }
}

impl Drop for super::deque::PyDeque {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        if !items.is_empty() {
            dispose(std::mem::take(items));
        }
    }
}

impl Drop for super::value::PyTuple {
    fn drop(&mut self) {
        // Every tuple counted as young when made (tracked or not).
        super::collector::note_freed();
        // A tuple of ints or strings (a memo key): nothing nests; the
        // items simply drop with it.
        if self.items.iter().all(Value::holds_no_values) {
            return;
        }
        if !self.items.is_empty() {
            dispose(Vec::from(std::mem::take(&mut self.items)));
        }
    }
}

impl Drop for super::dict::PyDict {
    fn drop(&mut self) {
        if self.is_tracked() {
            super::collector::note_freed();
        }
        let map = self.map.get_mut();
        if !map.is_empty() {
            dispose(
                std::mem::take(map)
                    .into_iter()
                    .flat_map(|(k, v)| [k.key, v]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten million nested lists, a tuple chain and a dict chain freed on a
    /// test thread's small (2 MiB) stack: any drop recursing once per level
    /// would overflow it long before.
    #[test]
    fn ten_million_deep_drops_do_not_recurse() {
        let mut v = Value::list(Vec::new());
        for _ in 0..10_000_000 {
            v = Value::list(vec![v]);
        }
        drop(v);
        let mut t = Value::tuple(Vec::new());
        for _ in 0..1_000_000 {
            t = Value::tuple(vec![t, Value::Int(1)]);
        }
        drop(t);
        let mut d = Value::new_dict(super::super::dict::PyDict::new());
        for _ in 0..1_000_000 {
            let next = super::super::dict::PyDict::new();
            next.set_str("inner", d);
            d = Value::new_dict(next);
        }
        drop(d);
        assert_eq!(DEPTH.with(Cell::get), 0);
        assert!(PARKED.with(|p| p.borrow().is_empty()));
    }
}
