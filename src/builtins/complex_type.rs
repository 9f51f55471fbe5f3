//! `complex`: a builtin class whose instances keep the real and imaginary
//! parts as two float slots, with its arithmetic (mixed with int and float
//! through the reflected operators), `abs`, equality, hashing, repr and the
//! constructor (numbers or a string like "1+2j").

use std::rc::Rc;

use super::def_method;
use crate::interp::Interp;
use crate::runtime::class::Class;
use crate::runtime::descriptor::MemberDescr;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::instance::Instance;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let c = i.types.complex.clone();
    for (index, name) in ["real", "imag"].into_iter().enumerate() {
        c.dict.set_str(
            name,
            Value::Member(Rc::new(MemberDescr {
                name: Rc::from(name),
                index,
                owner: c.clone(),
            })),
        );
    }
    let _ = c.builtin_ctor.set(Some(super::native(
        "complex",
        "(real=0, imag=0)",
        complex_new,
    )));
    super::def_static(
        &c,
        "complex",
        "__new__",
        "(*args, **kwargs)",
        complex_dunder_new,
    );
    let ops: [(&'static str, crate::runtime::function::NativeFn); 18] = [
        ("__add__", add),
        ("__radd__", add),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__truediv__", div),
        ("__rtruediv__", rdiv),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__bool__", truth),
        ("conjugate", conjugate),
    ];
    for (name, f) in ops {
        let sig = crate::runtime::slots::signature(name).unwrap_or("()");
        def_method(&c, name, sig, f);
    }
    i.builtins.set_str("complex", Value::Class(c));
}

/// A complex number as a value.
pub(crate) fn make(it: &Interp, re: f64, im: f64) -> Value {
    make_in(&it.types.complex, re, im)
}

fn make_in(class: &Rc<Class>, re: f64, im: f64) -> Value {
    let inst = Instance::new(class.clone());
    inst.set(0, Some(Value::Float(re)));
    inst.set(1, Some(Value::Float(im)));
    Value::Instance(inst)
}

/// The parts of a complex, int or float; None for anything else.
pub(crate) fn parts(it: &Interp, v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Int(i) => Some((crate::runtime::int::float_from_int(*i), 0.0)),
        Value::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b).map(|f| (f, 0.0)),
        Value::Instance(i) if i.class().is_subclass(&it.types.complex) => {
            let part = |k| match i.get(k) {
                Some(Value::Float(f)) => f,
                _ => 0.0,
            };
            Some((part(0), part(1)))
        }
        _ => None,
    }
}

fn operands(it: &Interp, args: &[Value]) -> Option<((f64, f64), (f64, f64))> {
    Some((parts(it, args.first()?)?, parts(it, args.get(1)?)?))
}

macro_rules! binary {
    ($name:ident, $dunder:expr, |$a:ident, $b:ident| $body:expr) => {
        fn $name(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            let Some(($a, $b)) = operands(it, args) else {
                return Ok(Value::NotImplemented);
            };
            let (re, im) = $body?;
            Ok(make(it, re, im))
        }
    };
}

fn ok(v: (f64, f64)) -> PyResult<(f64, f64)> {
    Ok(v)
}

fn quotient(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let d = b.0 * b.0 + b.1 * b.1;
    if d == 0.0 {
        return Err(PyErr::zero_division("complex division by zero"));
    }
    Ok(((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d))
}

fn power(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integer powers by repeated multiplication, as CPython does.
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        // An integral float of at most 100: the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut x = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                r = (r.0 * x.0 - r.1 * x.1, r.0 * x.1 + r.1 * x.0);
            }
            x = (x.0 * x.0 - x.1 * x.1, 2.0 * x.0 * x.1);
            k >>= 1;
        }
        return if n < 0 {
            quotient((1.0, 0.0), r)
        } else {
            Ok(r)
        };
    }
    let modulus = a.0.hypot(a.1);
    let arg = a.1.atan2(a.0);
    let len = modulus.powf(b.0) * (-b.1 * arg).exp();
    let phase = arg * b.0 + b.1 * modulus.ln();
    Ok((len * phase.cos(), len * phase.sin()))
}

binary!(add, "__add__", |a, b| ok((a.0 + b.0, a.1 + b.1)));
binary!(sub, "__sub__", |a, b| ok((a.0 - b.0, a.1 - b.1)));
binary!(rsub, "__rsub__", |a, b| ok((b.0 - a.0, b.1 - a.1)));
binary!(mul, "__mul__", |a, b| ok((
    a.0 * b.0 - a.1 * b.1,
    a.0 * b.1 + a.1 * b.0
)));
binary!(div, "__truediv__", |a, b| quotient(a, b));
binary!(rdiv, "__rtruediv__", |a, b| quotient(b, a));
binary!(pow, "__pow__", |a, b| power(a, b));
binary!(rpow, "__rpow__", |a, b| power(b, a));

fn unary(
    it: &mut Interp,
    args: &[Value],
    _name: &str,
    f: impl Fn(f64, f64) -> (f64, f64),
) -> PyResult<Value> {
    let Some((re, im)) = parts(it, &args[0]) else {
        return Ok(Value::NotImplemented);
    };
    let (re, im) = f(re, im);
    Ok(make(it, re, im))
}

fn neg(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    unary(it, args, "__neg__", |r, i| (-r, -i))
}
fn pos(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    unary(it, args, "__pos__", |r, i| (r, i))
}
fn conjugate(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    unary(it, args, "conjugate", |r, i| (r, -i))
}

fn abs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (re, im) = parts(it, &args[0]).unwrap_or((0.0, 0.0));
    let m = re.hypot(im);
    if m.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow("absolute value too large"));
    }
    Ok(Value::Float(m))
}

fn eq(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match operands(it, args) {
        Some((a, b)) => Value::Bool(a == b),
        None => Value::NotImplemented,
    })
}

fn ne(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match operands(it, args) {
        Some((a, b)) => Value::Bool(a != b),
        None => Value::NotImplemented,
    })
}

/// CPython's: hash(real) + 1000003 * hash(imag), so `hash(2+0j) == hash(2)`.
fn hash(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (re, im) = parts(it, &args[0]).unwrap_or((0.0, 0.0));
    let hr = it.hash(&Value::Float(re))?.cast_signed();
    let hi = it.hash(&Value::Float(im))?.cast_signed();
    let mut h = hr.wrapping_add(hi.wrapping_mul(1_000_003));
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

fn truth(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (re, im) = parts(it, &args[0]).unwrap_or((0.0, 0.0));
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

/// `repr(z)`: `(1+2j)`, `2j`, `(-0-1j)`, with floats as repr shows them.
pub(crate) fn repr(re: f64, im: f64) -> String {
    let num = |x: f64| {
        if x.is_nan() {
            "nan".to_string()
        } else if x.is_infinite() {
            if x > 0.0 {
                "inf".into()
            } else {
                "-inf".into()
            }
        } else if x.fract() == 0.0 && x.abs() < 1e16 {
            // Integral and below 1e16: the conversion is exact.
            #[allow(clippy::cast_possible_truncation)]
            let n = x as i64;
            format!("{n}")
        } else {
            crate::runtime::format_spec::float_repr(x)
        }
    };
    let whole = |x: f64| {
        if x == 0.0 && x.is_sign_negative() {
            "-0".to_string()
        } else {
            num(x)
        }
    };
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", whole(im));
    }
    let sign = if im.is_sign_negative() && !im.is_nan() {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", whole(re), sign, whole(im.abs()))
}

fn complex_dunder_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) if c.is_subclass(&it.types.complex) => {
            let c = c.clone();
            let v = complex_new(it, &args[1..], kw)?;
            let (re, im) = parts(it, &v).unwrap_or((0.0, 0.0));
            Ok(make_in(&c, re, im))
        }
        _ => Err(PyErr::type_error(
            "complex.__new__(X): X is not a type object",
        )),
    }
}

/// `complex(real=0, imag=0)` or `complex("1+2j")`.
fn complex_new(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let real = args.first().or_else(|| super::kwarg(kw, "real"));
    let imag = args.get(1).or_else(|| super::kwarg(kw, "imag"));
    let real = number_operand(it, real, true)?;
    let imag = number_operand(it, imag, false)?;
    let (real, imag) = (real.as_ref(), imag.as_ref());
    if let Some(Value::Str(s)) = real {
        if imag.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = parse(s.as_str())
            .ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))?;
        return Ok(make(it, re, im));
    }
    let part = |it: &Interp, v: Option<&Value>, which: &str| -> PyResult<(f64, f64)> {
        match v {
            None => Ok((0.0, 0.0)),
            Some(v) => parts(it, v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "complex() {which} must be a number, not '{}'",
                    v.type_name()
                ))
            }),
        }
    };
    let (a, b) = (
        part(it, real, "first argument")?,
        part(it, imag, "second argument")?,
    );
    // complex(a, b) = a + b*1j for complex a and b.
    Ok(make(it, a.0 - b.1, a.1 + b.0))
}

/// An argument of `complex()` that is neither a builtin number nor a
/// string, converted by its `__complex__` (the first argument only),
/// `__float__` or `__index__`; anything else unchanged.
fn number_operand(it: &mut Interp, v: Option<&Value>, first: bool) -> PyResult<Option<Value>> {
    let Some(v) = v else { return Ok(None) };
    if !matches!(v, Value::Instance(_)) || parts(it, v).is_some() {
        return Ok(Some(v.clone()));
    }
    let methods: &[&str] = if first {
        &["__complex__", "__float__", "__index__"]
    } else {
        &["__float__", "__index__"]
    };
    for m in methods {
        if let Some(r) = it.call_special(v, m, vec![]) {
            return r.map(Some);
        }
    }
    Ok(Some(v.clone()))
}

/// "1+2j", "-3.5j", "(2-1e3j)", "4": the parts, or None.
fn parse(text: &str) -> Option<(f64, f64)> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    let s = s.replace('_', "");
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return s.parse::<f64>().ok().map(|r| (r, 0.0));
    };
    // The imaginary part starts at the last sign not after an 'e'.
    let bytes = body.as_bytes();
    let mut split = 0;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = i;
            break;
        }
    }
    let (re, im) = body.split_at(split);
    let im = match im {
        "" | "+" => 1.0,
        "-" => -1.0,
        t => t.parse::<f64>().ok()?,
    };
    let re = if re.is_empty() {
        0.0
    } else {
        re.parse::<f64>().ok()?
    };
    Some((re, im))
}
