//! The rest of `math`: hyperbolic functions, float decomposition, exact
//! sums and products, and the integer functions (comb, perm, lcm). The
//! first part of the module is in `modules.rs`.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::Interp;
use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::{Kwargs, NativeFn};
use crate::runtime::value::Value;

pub(crate) fn fill(ns: &PyDict) {
    let fns: [(&'static str, &'static str, NativeFn); 24] = [
        ("acosh", "(x, /)", acosh),
        ("asinh", "(x, /)", asinh),
        ("atanh", "(x, /)", atanh),
        ("cosh", "(x, /)", cosh),
        ("sinh", "(x, /)", sinh),
        ("tanh", "(x, /)", tanh),
        ("cbrt", "(x, /)", cbrt),
        ("exp2", "(x, /)", exp2),
        ("expm1", "(x, /)", expm1),
        ("log1p", "(x, /)", log1p),
        ("copysign", "(x, y, /)", copysign),
        ("fmod", "(x, y, /)", fmod),
        ("frexp", "(x, /)", frexp),
        ("ldexp", "(x, i, /)", ldexp),
        ("modf", "(x, /)", modf),
        ("remainder", "(x, y, /)", remainder),
        ("nextafter", "(x, y, /)", nextafter),
        ("ulp", "(x, /)", ulp),
        ("comb", "(n, k, /)", comb),
        ("perm", "(n, k=None, /)", perm),
        ("lcm", "(*integers)", lcm),
        ("prod", "(iterable, /, *, start=1)", prod),
        ("fsum", "(seq, /)", fsum),
        ("dist", "(p, q, /)", dist),
    ];
    super::def_natives(ns, "math", &fns);
}

/// A float argument, as the math functions take one.
fn num(v: &Value) -> PyResult<f64> {
    super::modules::math_num(v)
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow("math range error")
}

/// A result that must be a number: NaN from a non-NaN argument is a domain
/// error, infinity from a finite one a range error.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            let x = num(&args[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x))
        }
    };
}

unary!(acosh, f64::acosh);
unary!(asinh, f64::asinh);
unary!(cosh, f64::cosh);
unary!(sinh, f64::sinh);
unary!(tanh, f64::tanh);
unary!(cbrt, f64::cbrt);
unary!(exp2, f64::exp2);
unary!(expm1, f64::exp_m1);

fn atanh(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.atanh()))
}

fn log1p(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn two(args: &[Value]) -> PyResult<(f64, f64)> {
    Ok((num(&args[0])?, num(&args[1])?))
}

fn copysign(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(args)?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain_error());
    }
    // Rust's `%` on floats is C's fmod: the sign of x.
    Ok(Value::Float(x % y))
}

/// (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.
fn frexp(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let bits = x.to_bits();
    let raw_exp = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let (m, e) = if raw_exp == 0 {
        // Subnormal: scale into the normal range first.
        let scaled = x * 2f64.powi(64);
        let b = scaled.to_bits();
        let re = i64::try_from((b >> 52) & 0x7ff).unwrap_or(0);
        (
            f64::from_bits((b & !(0x7ff << 52)) | (1022 << 52)),
            re - 1022 - 64,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
            raw_exp - 1022,
        )
    };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    let i = match &args[1] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
        v => super::want_int(it, v)?,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Scale in steps so that no intermediate power overflows.
    let mut r = x;
    let mut e = i.clamp(-2200, 2200);
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(i32::try_from(step).unwrap_or(0));
        e -= step;
    }
    while e < 0 {
        let step = e.max(-1000);
        r *= 2f64.powi(i32::try_from(step).unwrap_or(0));
        e -= step;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn modf(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn remainder(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Halfway: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(args)?;
    Ok(Value::Float(next_toward(x, y)))
}

fn ulp(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = num(&args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_toward(x, 0.0);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// A non-negative integer argument of comb/perm, as a BigInt.
fn nonneg(it: &mut Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(u8::from(*b)),
        Value::BigInt(b) => (**b).clone(),
        Value::Instance(_) => BigInt::from(it.to_index(v)?),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if n.is_negative() {
        return Err(PyErr::value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

/// n * (n-1) * ... * (n-k+1).
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1;
    }
    r
}

fn comb(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = nonneg(it, &args[0], "n")?;
    let k = nonneg(it, &args[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k
        .to_u64()
        .ok_or_else(|| PyErr::overflow("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::bigint(r))
}

fn perm(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = nonneg(it, &args[0], "n")?;
    let k = match args.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => nonneg(it, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| PyErr::overflow("k must not exceed 9223372036854775807"))?;
    Ok(Value::bigint(falling(&n, k)))
}

fn lcm(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut r = BigInt::one();
    for a in args {
        let b = match a {
            Value::Int(i) => BigInt::from(*i),
            Value::Bool(b) => BigInt::from(u8::from(*b)),
            Value::BigInt(b) => (**b).clone(),
            Value::Instance(_) => BigInt::from(it.to_index(a)?),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        r = num_integer::Integer::lcm(&r, &b);
    }
    Ok(Value::bigint(r.abs()))
}

/// `prod(iterable, *, start=1)`: the product, by the `*` operator.
fn prod(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut acc = args.get(1).cloned().unwrap_or(Value::Int(1));
    for v in it.collect(&args[0])? {
        acc = it.binary_op(pyslot_grammar::ast::BinOp::Mult, &acc, &v)?;
    }
    Ok(acc)
}

/// `fsum`: the correctly rounded sum, from exact partial sums (Shewchuk's
/// algorithm, as CPython's).
fn fsum(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in it.collect(&args[0])? {
        let mut x = num(&v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
            if hi.is_infinite() {
                return Err(PyErr::overflow("intermediate overflow in fsum"));
            }
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn dist(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let p = it.collect(&args[0])?;
    let q = it.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push((num(a)? - num(b)?).abs());
    }
    let max = diffs.iter().copied().fold(0.0f64, f64::max);
    if max == 0.0 || max.is_infinite() {
        return Ok(Value::Float(max));
    }
    let sum: f64 = diffs.iter().map(|d| (d / max) * (d / max)).sum();
    Ok(Value::Float(max * sum.sqrt()))
}
