//! `_time`, what the `time` module (`python/time.py`) needs of the host:
//! the clocks lesson scripts time a loop with (`time`, `perf_counter`,
//! `monotonic`, `process_time`, and their `_ns` forms), `sleep`, and the
//! C library's calendar conversions for local time.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 12] = [
        ("time", "()", time),
        ("time_ns", "()", time_ns),
        ("perf_counter", "()", perf_counter),
        ("perf_counter_ns", "()", perf_counter_ns),
        ("monotonic", "()", perf_counter),
        ("monotonic_ns", "()", perf_counter_ns),
        ("sleep", "(secs, /)", sleep),
        ("process_time", "()", process_time),
        ("process_time_ns", "()", process_time_ns),
        ("localtime_parts", "(secs, /)", localtime_parts),
        ("gmtime_parts", "(secs, /)", gmtime_parts),
        ("mktime", "(t, /)", mktime),
    ];
    super::def_natives(ns, "time", &fns);
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

/// CPU time of this process, in nanoseconds.
fn process_nanos() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    if !ok {
        return 0;
    }
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn process_time(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    #[allow(clippy::cast_precision_loss)] // nanoseconds of CPU time fit a float's mantissa
    let secs = process_nanos() as f64 / 1e9;
    Ok(Value::Float(secs))
}

fn process_time_ns(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(process_nanos()))
}

/// Whole seconds since the epoch from an int or float argument (None: now).
fn seconds(v: &Value) -> PyResult<i64> {
    match v {
        Value::None => i64::try_from(since_epoch().as_secs())
            .map_err(|_| PyErr::overflow("timestamp out of range for platform time_t")),
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Float(f) if f.is_nan() => {
            Err(PyErr::value_error("Invalid value NaN (not a number)"))
        }
        Value::Float(f) if f.abs() < 9.0e15 => {
            // Truncation toward minus infinity is what CPython's time_t
            // conversion does; the range was checked.
            #[allow(clippy::cast_possible_truncation)]
            let s = f.floor() as i64;
            Ok(s)
        }
        Value::Float(_) => Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The 11 fields of a struct_time (year, month, day, hour, minute, second,
/// weekday with Monday 0, day of the year from 1, dst flag, zone, offset).
fn parts(tm: &libc::tm, zone: &str) -> Value {
    let int = |v: libc::c_int| Value::Int(i64::from(v));
    Value::tuple(vec![
        int(tm.tm_year + 1900),
        int(tm.tm_mon + 1),
        int(tm.tm_mday),
        int(tm.tm_hour),
        int(tm.tm_min),
        int(tm.tm_sec),
        int((tm.tm_wday + 6) % 7),
        int(tm.tm_yday + 1),
        int(tm.tm_isdst),
        Value::str(zone),
        Value::Int(tm.tm_gmtoff),
    ])
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `libc::tm` is a plain C struct of integers and a pointer, for
    // which all-zero bytes (a null zone pointer) are a valid value.
    unsafe { std::mem::zeroed() }
}

fn localtime_parts(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t: libc::time_t = seconds(&args[0])?;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; localtime_r writes only
    // into `tm` and is thread-safe.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null tm_zone from localtime_r points at a
        // NUL-terminated string owned by the C library, valid until the
        // next time-zone change.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Ok(parts(&tm, &zone))
}

/// UTC calendar fields of a timestamp (days from the epoch to a civil
/// date, by the proleptic Gregorian calendar).
fn gmtime_parts(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = seconds(&args[0])?;
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let mut tm = zeroed_tm();
    let small = |v: i64| libc::c_int::try_from(v).unwrap_or(0);
    tm.tm_year = small(year - 1900);
    tm.tm_mon = small(month - 1);
    tm.tm_mday = small(day);
    tm.tm_hour = small(secs / 3600);
    tm.tm_min = small(secs / 60 % 60);
    tm.tm_sec = small(secs % 60);
    tm.tm_wday = small((days + 4).rem_euclid(7));
    tm.tm_yday = small(days - days_from_civil(year, 1, 1));
    Ok(parts(&tm, "GMT"))
}

/// Days since 1970-01-01 of a civil date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `mktime(t)`: seconds since the epoch of a local time tuple.
fn mktime(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let fields = it.collect(&args[0])?;
    if fields.len() < 9 {
        return Err(PyErr::type_error("mktime(): illegal time tuple argument"));
    }
    let mut n = [0 as libc::c_int; 9];
    for (slot, v) in n.iter_mut().zip(&fields) {
        let i = super::want_int(it, v)?;
        *slot = libc::c_int::try_from(i)
            .map_err(|_| PyErr::overflow("signed integer is greater than maximum"))?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = n[0] - 1900;
    tm.tm_mon = n[1] - 1;
    tm.tm_mday = n[2];
    tm.tm_hour = n[3];
    tm.tm_min = n[4];
    tm.tm_sec = n[5];
    tm.tm_isdst = n[8];
    // SAFETY: `tm` is a valid struct the call may normalize in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && n[0] != 1969 {
        return Err(PyErr::overflow("mktime argument out of range"));
    }
    #[allow(clippy::cast_precision_loss)] // a time_t is well within a float's exact range
    let secs = t as f64;
    Ok(Value::Float(secs))
}
