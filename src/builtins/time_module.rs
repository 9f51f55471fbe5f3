//! The `time` module's clocks, as lesson scripts use them to time a loop:
//! `time`, `perf_counter`, `monotonic` (and their `_ns` forms) and `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 7] = [
        ("time", "()", time),
        ("time_ns", "()", time_ns),
        ("perf_counter", "()", perf_counter),
        ("perf_counter_ns", "()", perf_counter_ns),
        ("monotonic", "()", perf_counter),
        ("monotonic_ns", "()", perf_counter_ns),
        ("sleep", "(secs, /)", sleep),
    ];
    for (name, sig, f) in fns {
        ns.set_str(name, super::native(name, sig, f));
    }
}

/// The fixed start of `perf_counter` and `monotonic`.
fn origin() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        i64::try_from(since_epoch().as_nanos()).unwrap_or(i64::MAX),
    ))
}

fn perf_counter(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(origin().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        i64::try_from(origin().elapsed().as_nanos()).unwrap_or(i64::MAX),
    ))
}

/// `sleep(secs)`, in short steps so that Ctrl-C interrupts it.
fn sleep(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let secs = match &args[0] {
        Value::Int(i) => crate::runtime::int::float_from_int(*i),
        Value::Float(x) => *x,
        Value::Bool(b) => f64::from(u8::from(*b)),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    loop {
        crate::interp::interrupt::check()?;
        let now = Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
    }
}
