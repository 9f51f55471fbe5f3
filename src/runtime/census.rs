//! `--memstat`: how many instances of each class are alive, and at most
//! were, while a script runs. Off unless asked for: then the only cost is
//! one test of a flag when an instance is made or freed.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::class::Class;

static ON: AtomicBool = AtomicBool::new(false);

/// Per class: instances alive now and at their peak, and their bytes.
#[derive(Clone, Copy, Default)]
pub struct Counts {
    pub live: u64,
    pub peak: u64,
    pub live_bytes: u64,
    pub peak_bytes: u64,
    /// Bytes of one instance when the peak was reached.
    pub each: u64,
}

thread_local! {
    /// Every class that had an instance while counting, in order of first.
    static CLASSES: RefCell<Vec<Rc<Class>>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn enable() {
    ON.store(true, Ordering::Relaxed);
}

#[inline(always)]
pub(crate) fn on() -> bool {
    ON.load(Ordering::Relaxed)
}

/// An instance of `class`, `bytes` long, was made.
#[cold]
pub(crate) fn note_new(class: &Rc<Class>, bytes: usize) {
    let mut c = class.census.get();
    if c.live == 0 && c.peak == 0 {
        CLASSES.with(|all| all.borrow_mut().push(class.clone()));
    }
    c.live += 1;
    c.live_bytes += bytes as u64;
    if c.live_bytes >= c.peak_bytes {
        c.peak = c.live;
        c.peak_bytes = c.live_bytes;
        c.each = bytes as u64;
    }
    class.census.set(c);
}

/// An instance of `class`, `bytes` long, was freed.
#[cold]
pub(crate) fn note_drop(class: &Class, bytes: usize) {
    let mut c = class.census.get();
    c.live = c.live.saturating_sub(1);
    c.live_bytes = c.live_bytes.saturating_sub(bytes as u64);
    class.census.set(c);
}

/// The classes counted so far, with their counts.
pub(crate) fn classes() -> Vec<(Rc<Class>, Counts)> {
    CLASSES.with(|all| {
        all.borrow()
            .iter()
            .map(|c| (c.clone(), c.census.get()))
            .collect()
    })
}

/// Forget the classes (at exit, before the program's objects go).
pub(crate) fn clear() {
    CLASSES.with(|all| all.borrow_mut().clear());
}

/// A counter cell for a new class.
pub(crate) fn new_counts() -> Cell<Counts> {
    Cell::new(Counts::default())
}
