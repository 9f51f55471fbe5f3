//! Generator objects.
//!
//! A tree-walking evaluator keeps its state on the Rust stack, so a
//! generator runs its body on a stack of its own: a stackful coroutine
//! (corosensei). `yield` anywhere, however deep in an expression, simply
//! suspends that stack; `send`/`throw`/`close` resume it with a value or an
//! exception. Finished generators give their stack back to a pool, so making
//! a million short-lived generators costs no mmap per generator.

use std::cell::RefCell;
use std::sync::atomic::AtomicBool;

/// Set when a suspended generator was dropped and waits to be closed: one
/// cheap load per statement instead of a thread-local lookup.
pub(crate) static HAS_PENDING: AtomicBool = AtomicBool::new(false);

use corosensei::stack::DefaultStack;
use corosensei::Coroutine;
use pyslot_grammar::ast::Name;

use super::exception::{PyErr, PyResult};
use super::value::Value;
use crate::interp::flat_gen::FlatGen;
use crate::interp::Interp;

/// What a suspended generator is resumed with.
pub enum GenAction {
    Send(Value),
    Throw(PyErr),
}

/// The resume message: the interpreter travels with every switch, so the
/// code on either stack always works through a pointer it was just handed.
pub struct Resume {
    pub interp: *mut Interp,
    pub action: GenAction,
}

pub struct Yielded {
    pub value: Value,
    pub interp: *mut Interp,
}

pub(crate) type GenCoroutine = Coroutine<Resume, Yielded, PyResult<Value>, DefaultStack>;

pub enum GenState {
    /// Created or suspended at a `yield`.
    Ready(Box<GenCoroutine>),
    /// Created or suspended, and runs on the caller's stack
    /// (`interp/flat_gen.rs`).
    Flat(Box<FlatGen>),
    Running,
    Done,
}

pub struct PyGenerator {
    pub name: Name,
    pub qualname: Name,
    pub state: RefCell<GenState>,
    /// Whether its body has begun running (`send` before that must be None).
    pub started: std::cell::Cell<bool>,
    /// Lowest address the generator's stack may use before RecursionError.
    pub stack_limit: usize,
}

thread_local! {
    /// Generators dropped while suspended: closed (their `finally` blocks
    /// run) at the next statement boundary, where running Python code is safe.
    pub static PENDING_CLOSE: RefCell<Vec<(Box<GenCoroutine>, usize)>> = const { RefCell::new(Vec::new()) };

}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        let state = std::mem::replace(self.state.get_mut(), GenState::Done);
        if let (GenState::Ready(co), true) = (state, self.started.get()) {
            PENDING_CLOSE.with(|p| p.borrow_mut().push((co, self.stack_limit)));
            HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}
