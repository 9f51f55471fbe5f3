//! Ctrl-C. The SIGINT handler only sets a flag; the evaluator looks at it at
//! safe points (loop back-edges, calls, long builtins) and raises
//! `KeyboardInterrupt` there, so `except` handlers and `finally` blocks run
//! and the output printed so far is kept, as in CPython.
//!
//! The same safe points count steps for a run given a step budget
//! (`crate::run_sandboxed`, for fuzzing and tests): once the budget is spent
//! every safe point raises, so no loop can swallow the error and go on.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::runtime::exception::{ExcKind, PyErr, PyResult};

static PENDING: AtomicBool = AtomicBool::new(false);

/// Set once any thread has had a step budget: from then on safe points take
/// the slow path, which looks at this thread's budget.
static BUDGETED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Safe points this thread may still pass (`None`: no budget).
    static STEPS: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Give this thread a budget of `steps` safe points (`None`: unlimited).
pub(crate) fn set_budget(steps: Option<u64>) {
    if steps.is_some() {
        BUDGETED.store(true, Ordering::Relaxed);
    }
    STEPS.with(|s| s.set(steps));
}

/// Route SIGINT to the flag (once per process; later calls do nothing).
/// As CPython, leave it ignored when it was ignored at startup (a job
/// started in the background by a shell script): Ctrl-C is not for it.
pub(crate) fn install_handler() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    if ignored_at_startup() {
        return;
    }
    // SAFETY: the handler only stores to an atomic, which is
    // async-signal-safe; it touches no lock, allocation or thread-local.
    let _ = unsafe {
        signal_hook::low_level::register(signal_hook::consts::SIGINT, || {
            PENDING.store(true, Ordering::Relaxed)
        })
    };
}

/// Forget an interrupt that nobody has seen (the prompt does this before
/// running each input).
pub(crate) fn clear() {
    PENDING.store(false, Ordering::Relaxed);
}

/// Raise `KeyboardInterrupt` if Ctrl-C was pressed since the last check.
#[inline(always)]
pub(crate) fn check() -> PyResult<()> {
    if PENDING.load(Ordering::Relaxed) | BUDGETED.load(Ordering::Relaxed) {
        return check_slow();
    }
    Ok(())
}

#[cold]
fn check_slow() -> PyResult<()> {
    if PENDING.load(Ordering::Relaxed) {
        return Err(take());
    }
    STEPS.with(|s| match s.get() {
        None => Ok(()),
        Some(0) => Err(PyErr::new(
            ExcKind::KeyboardInterrupt,
            "step budget exhausted",
        )),
        Some(n) => {
            s.set(Some(n - 1));
            Ok(())
        }
    })
}

#[cold]
fn take() -> PyErr {
    PENDING.store(false, Ordering::Relaxed);
    PyErr::with_args(ExcKind::KeyboardInterrupt, Vec::new())
}

/// Whether SIGINT's disposition is "ignore".
fn ignored_at_startup() -> bool {
    // SAFETY: `sigaction` with a null new action only reads the current
    // one into `old`, a zeroed plain C struct that lives across the call.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}
