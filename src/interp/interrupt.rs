//! Ctrl-C. The SIGINT handler only sets a flag; the evaluator looks at it at
//! safe points (loop back-edges, calls, long builtins) and raises
//! `KeyboardInterrupt` there, so `except` handlers and `finally` blocks run
//! and the output printed so far is kept, as in CPython.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::runtime::exception::{ExcKind, PyErr, PyResult};

static PENDING: AtomicBool = AtomicBool::new(false);

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
    if PENDING.load(Ordering::Relaxed) {
        return Err(take());
    }
    Ok(())
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
