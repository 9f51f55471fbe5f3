//! Allocations whose size a program chooses (`[0] * n`, `bytes(n)`,
//! `'x'.ljust(n)`, a format's width ...): the size is computed with overflow
//! checks and the memory reserved fallibly, so a request the machine cannot
//! meet is Python's `MemoryError`, never an abort of the process.
//!
//! A refused allocation may leave the address space nearly full, and
//! raising the error, its traceback and the report at exit take a little
//! more (a small allocation that fails aborts). So a megabyte is set aside
//! before these allocations, and given back when their MemoryError is made.

use std::cell::RefCell;

use super::exception::{ExcKind, PyErr, PyResult};

/// The memory kept for raising and reporting a MemoryError.
const SET_ASIDE: usize = 1 << 20;

thread_local! {
    static RESERVE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Before an allocation here: set the reserve aside again if a MemoryError
/// spent it (and there is room now).
fn keep_reserve() {
    let _ = RESERVE.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            if r.capacity() == 0 {
                let _ = r.try_reserve_exact(SET_ASIDE);
            }
        }
    });
}

/// CPython's `MemoryError` for an allocation that failed: no message. The
/// reserve is given back for what raising it takes.
pub(crate) fn memory_error() -> PyErr {
    let _ = RESERVE.try_with(|r| r.try_borrow_mut().map(|mut r| *r = Vec::new()));
    PyErr::with_args(ExcKind::MemoryError, Vec::new())
}

/// `count` items of `unit` each, or MemoryError when that overflows.
pub(crate) fn total(unit: usize, count: usize) -> PyResult<usize> {
    unit.checked_mul(count).ok_or_else(memory_error)
}

/// `a + b` items, or MemoryError when that overflows.
pub(crate) fn sum(a: usize, b: usize) -> PyResult<usize> {
    a.checked_add(b).ok_or_else(memory_error)
}

/// Room for `additional` more items in `v`, or MemoryError.
pub(crate) fn reserve<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    keep_reserve();
    v.try_reserve_exact(additional).map_err(|_| memory_error())
}

/// An empty vector with room for `n` items, or MemoryError.
pub(crate) fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve(&mut v, n)?;
    Ok(v)
}

/// An empty string with room for `n` bytes, or MemoryError.
pub(crate) fn string_with_capacity(n: usize) -> PyResult<String> {
    keep_reserve();
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(s)
}

/// `n` zero bytes, or MemoryError.
pub(crate) fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    filled(n, 0)
}

/// `n` copies of `x`, or MemoryError.
pub(crate) fn filled<T: Clone>(n: usize, x: T) -> PyResult<Vec<T>> {
    let mut v = vec_with_capacity(n)?;
    v.resize(n, x);
    Ok(v)
}

/// A copy of `items`, or MemoryError.
pub(crate) fn copied<T: Clone>(items: &[T]) -> PyResult<Vec<T>> {
    let mut v = vec_with_capacity(items.len())?;
    v.extend_from_slice(items);
    Ok(v)
}

/// A copy of `s`, or MemoryError.
pub(crate) fn copied_str(s: &str) -> PyResult<String> {
    let mut out = string_with_capacity(s.len())?;
    out.push_str(s);
    Ok(out)
}

/// `items` appended to `v`, growing fallibly (amortized, as `push`):
/// MemoryError when it cannot.
pub(crate) fn extend<T>(v: &mut Vec<T>, items: impl ExactSizeIterator<Item = T>) -> PyResult<()> {
    keep_reserve();
    v.try_reserve(items.len()).map_err(|_| memory_error())?;
    v.extend(items);
    Ok(())
}

/// `s` appended to `out`, growing fallibly: MemoryError when it cannot.
pub(crate) fn push_str(out: &mut String, s: &str) -> PyResult<()> {
    reserve_str(out, s.len())?;
    out.push_str(s);
    Ok(())
}

/// `items` repeated `n` times, or MemoryError.
pub(crate) fn repeat<T: Clone>(items: &[T], n: usize) -> PyResult<Vec<T>> {
    let len = total(items.len(), n)?;
    let mut v = vec_with_capacity(len)?;
    if len > 0 {
        v.extend_from_slice(items);
        // Doubling: log(n) copies, not n.
        while v.len() < len {
            let more = v.len().min(len - v.len());
            v.extend_from_within(..more);
        }
    }
    Ok(v)
}

/// `s` repeated `n` times, or MemoryError.
pub(crate) fn repeat_str(s: &str, n: usize) -> PyResult<String> {
    let bytes = repeat(s.as_bytes(), n)?;
    // Whole copies of a str are a str.
    String::from_utf8(bytes).map_err(|_| memory_error())
}

/// `v.push(x)`, growing fallibly: MemoryError when the vector cannot grow.
#[inline]
pub(crate) fn push<T>(v: &mut Vec<T>, x: T) -> PyResult<()> {
    if v.len() == v.capacity() {
        keep_reserve();
        v.try_reserve(1).map_err(|_| memory_error())?;
    }
    v.push(x);
    Ok(())
}

/// `left` fill characters, `s`, then `right` more, or MemoryError.
pub(crate) fn padded(s: &str, fill: char, left: usize, right: usize) -> PyResult<String> {
    let fills = total(fill.len_utf8(), sum(left, right)?)?;
    let mut out = string_with_capacity(sum(fills, s.len())?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `left` fill bytes, `b`, then `right` more, or MemoryError.
pub(crate) fn padded_bytes(b: &[u8], fill: u8, left: usize, right: usize) -> PyResult<Vec<u8>> {
    let mut out = vec_with_capacity(sum(sum(left, right)?, b.len())?)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(out)
}

/// Room for `additional` more bytes in `s`, or MemoryError.
pub(crate) fn reserve_str(s: &mut String, additional: usize) -> PyResult<()> {
    keep_reserve();
    s.try_reserve(additional).map_err(|_| memory_error())
}

/// For a result that an infallible constructor will build (a str
/// concatenation): MemoryError now when `bytes` cannot be had. Only big
/// sizes are tried (then given back at once); small ones cannot fail
/// where it matters.
pub(crate) fn probe(bytes: usize) -> PyResult<()> {
    if bytes >= 1 << 20 {
        drop(vec_with_capacity::<u8>(bytes)?);
    }
    Ok(())
}
