//! Generator objects.
//!
//! Most generators run on their caller's stack, their body unrolled into
//! steps (`interp/flat_gen.rs`). For the others: a tree-walking evaluator
//! keeps its state on the Rust stack, so such a generator runs its body on
//! a stack of its own: a stackful coroutine (corosensei). `yield` anywhere, however deep in an expression, simply
//! suspends that stack; `send`/`throw`/`close` resume it with a value or an
//! exception. Finished generators give their stack back to a pool, so making
//! a million short-lived generators costs no mmap per generator.
//!
//! Coroutines (`async def`) and async generators are the same object with
//! another `GenKind`: an `await` delegates like `yield from`.

use std::cell::{Cell, RefCell};
use std::sync::atomic::AtomicBool;

/// Set when something waits for the evaluator's next statement boundary (a
/// suspended generator dropped, to be closed; a `__del__`; a collection
/// come due; weak reference callbacks): one cheap load per statement
/// instead of a thread-local lookup.
pub(crate) static HAS_PENDING: AtomicBool = AtomicBool::new(false);

/// Have the evaluator's next statement boundary look at the pending work.
pub(crate) fn request_attention() {
    HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

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

/// What a resumable body is: `def` with `yield`, `async def`, `async def`
/// with `yield`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    /// How CPython's messages name it ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct PyGenerator {
    pub name: Name,
    pub qualname: Name,
    pub state: RefCell<GenState>,
    /// Whether its body has begun running (`send` before that must be None).
    pub started: Cell<bool>,
    pub kind: GenKind,
    /// Async generators: an `asend`/`athrow` awaitable is driving it.
    pub running_async: Cell<bool>,
    /// Async generators: closed by `aclose()`, or ended by
    /// StopAsyncIteration or GeneratorExit.
    pub closed: Cell<bool>,
    /// Coroutines and async generators suspended in an `await`: what they
    /// await (`cr_await`).
    pub awaiting: Cell<Option<Value>>,
    /// Lowest address the generator's stack may use before RecursionError.
    pub stack_limit: usize,
    /// Its place in creation order: generators waiting to be closed
    /// together are closed oldest first (as CPython's collector finds them).
    pub serial: u64,
}

/// A generator waiting to be closed: its state, stack limit, kind and
/// serial.
pub(crate) type PendingClose = (GenState, usize, GenKind, u64);

thread_local! {
    static NEXT_SERIAL: Cell<u64> = const { Cell::new(0) };
}

fn next_serial() -> u64 {
    NEXT_SERIAL
        .try_with(|n| {
            let s = n.get();
            n.set(s + 1);
            s
        })
        .unwrap_or(u64::MAX)
}

impl PyGenerator {
    pub fn new(
        name: Name,
        qualname: Name,
        state: GenState,
        kind: GenKind,
        stack_limit: usize,
    ) -> Self {
        LIVE.with(|n| n.set(n.get() + 1));
        PyGenerator {
            name,
            qualname,
            state: RefCell::new(state),
            started: Cell::new(false),
            kind,
            running_async: Cell::new(false),
            closed: Cell::new(false),
            awaiting: Cell::new(None),
            stack_limit,
            serial: next_serial(),
        }
    }

    /// What it awaits now, if suspended in an `await`.
    pub fn awaited(&self) -> Option<Value> {
        let v = self.awaiting.take();
        self.awaiting.set(v.clone());
        v
    }
}

thread_local! {
    /// Generators dropped while suspended: closed (their `finally` blocks
    /// run) at the next statement boundary, where running Python code is safe.
    pub static PENDING_CLOSE: RefCell<Vec<PendingClose>> = const { RefCell::new(Vec::new()) };
    /// Qualified names of coroutines dropped before they ever ran: CPython
    /// warns "coroutine '...' was never awaited" for each.
    pub static NEVER_AWAITED: RefCell<Vec<Name>> = const { RefCell::new(Vec::new()) };
    /// Set at exit once the interpreter is gone: generators dropped after
    /// that are forgotten, not queued.
    static ABANDONED: Cell<bool> = const { Cell::new(false) };

}

/// At exit, once the interpreter is gone: forget the generators still
/// waiting to be closed without unwinding their stacks (the process is
/// ending; their memory goes with it).
pub(crate) fn abandon_pending() {
    let _ = ABANDONED.try_with(|a| a.set(true));
    let pending = PENDING_CLOSE
        .try_with(|p| p.try_borrow_mut().map(|mut p| std::mem::take(&mut *p)))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    for (state, ..) in pending {
        std::mem::forget(state);
    }
    let _ = NEVER_AWAITED.try_with(|p| p.try_borrow_mut().map(|mut p| p.clear()));
    HAS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
}

impl PyGenerator {
    /// Queue this suspended generator to be closed with the others waiting
    /// (the collector found it in garbage): its state moves to the queue.
    pub(crate) fn queue_close(&self) {
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return;
        };
        let state = std::mem::replace(&mut *state, GenState::Done);
        queue_for_closing((state, self.stack_limit, self.kind, self.serial));
    }
}

/// Queue a suspended generator's state to be closed at the next statement
/// boundary; once nobody is left to close it (the interpreter is gone), its
/// stack is not unwound: its memory goes with the process.
fn queue_for_closing(entry: PendingClose) {
    let mut entry = Some(entry);
    if !ABANDONED.try_with(Cell::get).unwrap_or(true) {
        let _ = PENDING_CLOSE.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.extend(entry.take());
            }
        });
        request_attention();
    }
    if let Some(entry) = entry {
        std::mem::forget(entry);
    }
}

thread_local! {
    /// How many generator objects exist (exit only collects before
    /// releasing the names when some might be suspended in garbage).
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

/// Whether any generator, coroutine or async generator object exists.
pub(crate) fn any_alive() -> bool {
    LIVE.try_with(Cell::get).unwrap_or(0) > 0
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        let _ = LIVE.try_with(|n| n.set(n.get().saturating_sub(1)));
        let state = std::mem::replace(self.state.get_mut(), GenState::Done);
        let needs_close = match &state {
            GenState::Ready(_) => self.started.get(),
            GenState::Flat(gen) => gen.needs_close(),
            _ => false,
        };
        if needs_close {
            queue_for_closing((state, self.stack_limit, self.kind, self.serial));
            return;
        }
        let never_ran =
            matches!(state, GenState::Ready(_) | GenState::Flat(_)) && !self.started.get();
        if never_ran && self.kind == GenKind::Coroutine {
            let _ = NEVER_AWAITED.try_with(|p| {
                if let Ok(mut p) = p.try_borrow_mut() {
                    p.push(self.qualname.clone());
                }
            });
            request_attention();
        }
    }
}
