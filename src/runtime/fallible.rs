//! Allocations whose size a program chooses (`[0] * n`, `bytes(n)`,
//! `'x'.ljust(n)`, a format's width ...): the size is computed with overflow
//! checks and the memory reserved fallibly, so a request the machine cannot
//! meet is Python's `MemoryError`, never an abort of the process.

use super::exception::{ExcKind, PyErr, PyResult};

/// CPython's `MemoryError` for an allocation that failed: no message.
pub(crate) fn memory_error() -> PyErr {
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
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| memory_error())?;
    Ok(s)
}

/// `n` zero bytes, or MemoryError.
pub(crate) fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    let mut v = vec_with_capacity(n)?;
    v.resize(n, 0);
    Ok(v)
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
