//! `math.erf`, `erfc`, `gamma` and `lgamma`: the special functions, from the
//! platform's C math library (which Rust's std already links, and whose `erf`
//! and `erfc` CPython uses too, so results agree to the last digit), with
//! CPython's domain and range errors. CPython computes gamma and lgamma with
//! its own approximation, so those two may differ from it in the last digit.

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

mod c_math {
    extern "C" {
        pub(super) fn erf(x: f64) -> f64;
        pub(super) fn erfc(x: f64) -> f64;
        pub(super) fn tgamma(x: f64) -> f64;
        pub(super) fn lgamma(x: f64) -> f64;
    }
}

/// One of the C library's functions of a double.
fn c_call(f: unsafe extern "C" fn(f64) -> f64, x: f64) -> f64 {
    // SAFETY: the C math functions take and return a double by value, touch
    // no memory of ours and are defined for every input (NaN and infinities
    // included); lgamma's sign goes to the C library's own `signgam`.
    unsafe { f(x) }
}

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 4] = [
        ("erf", "(x, /)", erf),
        ("erfc", "(x, /)", erfc),
        ("gamma", "(x, /)", gamma),
        ("lgamma", "(x, /)", lgamma),
    ];
    super::def_natives(ns, "math", &fns);
}

fn erf(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = super::modules::math_num(&args[0])?;
    Ok(Value::Float(c_call(c_math::erf, x)))
}

fn erfc(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = super::modules::math_num(&args[0])?;
    Ok(Value::Float(c_call(c_math::erfc, x)))
}

/// Whether `x` is a pole of the gamma function: zero or a negative integer.
fn is_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

fn gamma(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = super::modules::math_num(&args[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || is_pole(x) {
        return Err(PyErr::value_error("math domain error"));
    }
    // Integers up to 23 have factorials a double holds exactly: give those,
    // as CPython does, rather than the C library's approximation.
    if x == x.floor() && (1.0..=23.0).contains(&x) {
        let mut factorial = 1.0;
        let mut k = 2.0;
        while k < x {
            factorial *= k;
            k += 1.0;
        }
        return Ok(Value::Float(factorial));
    }
    let r = c_call(c_math::tgamma, x);
    if r.is_infinite() {
        return Err(PyErr::overflow("math range error"));
    }
    Ok(Value::Float(r))
}

fn lgamma(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = super::modules::math_num(&args[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if is_pole(x) {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = c_call(c_math::lgamma, x);
    if r.is_infinite() {
        return Err(PyErr::overflow("math range error"));
    }
    Ok(Value::Float(r))
}
