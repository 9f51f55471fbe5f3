//! The storage of a `collections.deque`: a ring buffer of values
//! (`VecDeque`), its bound and a change counter. An instance of the deque
//! class (or of a Python subclass of it) keeps one in its hidden slot 0;
//! `builtins/deque_type.rs` has the methods.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use super::exception::PyResult;
use super::fallible;
use super::value::Value;

pub struct PyDeque {
    pub(crate) items: RefCell<VecDeque<Value>>,
    /// The most items it keeps (`maxlen`), None without a bound; set again
    /// by `__init__`.
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change but `d[i] = x` (as CPython's `state`), so an
    /// iterator or a search that ran Python code notices one.
    state: Cell<u64>,
}

impl PyDeque {
    pub(crate) fn new() -> Self {
        PyDeque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub(crate) fn maxlen(&self) -> Option<usize> {
        self.maxlen.get()
    }

    pub(crate) fn set_maxlen(&self, maxlen: Option<usize>) {
        self.maxlen.set(maxlen);
    }

    pub(crate) fn state(&self) -> u64 {
        self.state.get()
    }

    pub(crate) fn changed(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// The item at position `i` (0 is the left end).
    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Add `x` at the right end (`left`: the left end); a full bounded
    /// deque gives up the item at the other end, returned to be dropped
    /// by the caller once nothing is borrowed.
    pub(crate) fn push(&self, x: Value, left: bool) -> PyResult<Option<Value>> {
        let mut items = self.items.borrow_mut();
        self.changed();
        let mut out = None;
        if let Some(max) = self.maxlen.get() {
            if max == 0 {
                return Ok(Some(x));
            }
            if items.len() >= max {
                out = if left {
                    items.pop_back()
                } else {
                    items.pop_front()
                };
            }
        }
        items.try_reserve(1).map_err(|_| fallible::memory_error())?;
        if left {
            items.push_front(x);
        } else {
            items.push_back(x);
        }
        Ok(out)
    }

    /// Remove the item at the right end (`left`: the left end).
    pub(crate) fn pop(&self, left: bool) -> Option<Value> {
        let mut items = self.items.borrow_mut();
        let x = if left {
            items.pop_front()
        } else {
            items.pop_back()
        }?;
        self.changed();
        // Give memory back when mostly empty, as the list-backed ring did.
        let cap = items.capacity();
        if cap > 64 && items.len() * 4 <= cap {
            items.shrink_to(cap / 2);
        }
        Some(x)
    }

    /// Take every item out (to be dropped by the caller).
    pub(crate) fn take_all(&self) -> VecDeque<Value> {
        self.changed();
        std::mem::take(&mut *self.items.borrow_mut())
    }

    /// The items, in order, as they are now.
    pub(crate) fn snapshot(&self) -> PyResult<Vec<Value>> {
        let items = self.items.borrow();
        let mut out = fallible::vec_with_capacity(items.len())?;
        out.extend(items.iter().cloned());
        Ok(out)
    }

    /// Heap bytes of the ring buffer.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.items.borrow().capacity() * std::mem::size_of::<Value>()
    }
}
