//! The last resort: an internal panic (a bug in pyslot, never a Python
//! error) becomes a Python `SystemError`, so a learner sees a traceback
//! and everything the program printed before it, never a Rust message.
//!
//! - `install_hook` replaces Rust's panic message by a hook that only
//!   records the message and where it was raised;
//! - while the panic unwinds, every `Frame` it passes records its line
//!   (`note_frame`, from `Frame`'s `Drop`), which gives the traceback;
//! - `guard` runs the interpreter under `catch_unwind` and turns a panic
//!   into `SystemError: internal error: <message>`, with the interpreter's
//!   bookkeeping (call depth, the exceptions being handled...) put back as
//!   it was before the run, so the prompt can go on.
//!
//! A panic inside a stackful generator (a corosensei coroutine) is caught
//! at the coroutine's root by corosensei and resumed in the code that
//! resumed it, so it reaches `guard` like any other.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, Once};

use super::{Frame, Interp};
use crate::runtime::exception::{ExcKind, PyErr, PyResult, TbEntry};

/// The message of the last panic, for the SystemError (or for `main` when
/// the interpreter thread itself died).
static LAST_MESSAGE: Mutex<Option<String>> = Mutex::new(None);

thread_local! {
    /// A panic is unwinding through frames that should be recorded.
    static RECORDING: Cell<bool> = const { Cell::new(false) };
    /// The frames it unwound so far, innermost first.
    static FRAMES: RefCell<Vec<TbEntry>> = const { RefCell::new(Vec::new()) };
}

/// Replace Rust's default panic message by one that records it (once per
/// process).
pub(crate) fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        panic::set_hook(Box::new(|info| {
            let text = if let Some(s) = info.payload().downcast_ref::<&str>() {
                (*s).to_string()
            } else if let Some(s) = info.payload().downcast_ref::<String>() {
                s.clone()
            } else {
                "unknown panic".to_string()
            };
            let text = match info.location() {
                Some(at) => format!("{text} (at {}:{})", at.file(), at.line()),
                None => text,
            };
            if let Ok(mut last) = LAST_MESSAGE.lock() {
                *last = Some(text);
            }
            RECORDING.with(|r| r.set(true));
            FRAMES.with(|f| f.borrow_mut().clear());
        }));
    });
}

/// The message of the last panic, taken.
pub(crate) fn take_message() -> String {
    LAST_MESSAGE
        .lock()
        .ok()
        .and_then(|mut m| m.take())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// A frame unwound by a panic: one more traceback line.
pub(crate) fn note_frame(frame: &Frame) {
    if !RECORDING.with(Cell::get) {
        return;
    }
    let source = frame.source().clone();
    let line = u32::try_from(source.line_of(frame.pos)).unwrap_or(u32::MAX);
    let entry = TbEntry {
        source,
        line,
        func: frame.func_name().clone(),
        span: None,
    };
    FRAMES.with(|f| f.borrow_mut().push(entry));
}

/// Run `f` on the interpreter; a panic inside becomes a `SystemError`
/// carrying the panic's message and the frames it unwound.
pub(crate) fn guard<T>(
    interp: &mut Interp,
    f: impl FnOnce(&mut Interp) -> PyResult<T>,
) -> PyResult<T> {
    let depth = interp.depth;
    let repr_len = interp.repr_stack.len();
    let handling_len = interp.handling.len();
    let contexts_len = interp.gen_contexts.len();
    let initializing_len = interp.initializing.len();
    let result = panic::catch_unwind(AssertUnwindSafe(|| f(&mut *interp)));
    RECORDING.with(|r| r.set(false));
    let frames = FRAMES.with(|f| std::mem::take(&mut *f.borrow_mut()));
    match result {
        Ok(r) => r,
        Err(_) => {
            interp.depth = depth;
            interp.repr_stack.truncate(repr_len);
            interp.handling.truncate(handling_len);
            interp.gen_contexts.truncate(contexts_len);
            interp.initializing.truncate(initializing_len);
            let mut e = PyErr::new(
                ExcKind::SystemError,
                format!("internal error: {}", take_message()),
            );
            for entry in frames {
                e.push_tb(entry);
            }
            // The outermost frame is already in the traceback.
            e.0.frame_recorded = false;
            Err(e)
        }
    }
}
