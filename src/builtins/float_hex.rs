//! `float.hex()` and `float.fromhex()`: a float's exact bits written as a
//! hexadecimal significand and a binary exponent, as CPython writes them.

use super::def_method;
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let float = i.types.float.clone();
    def_method(&float, "hex", "()", hex);
    super::def_classmethod(&float, "fromhex", "(string, /)", fromhex);
}

/// `x.hex()`: `0x1.8000000000000p+0` for 1.5.
fn hex(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let x = match &args[0] {
        Value::Float(f) => *f,
        Value::Int(i) => crate::runtime::int::float_from_int(*i),
        _ => 0.0,
    };
    Ok(Value::string(float_hex(x)))
}

pub(crate) fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = i64::try_from((bits >> 52) & 0x7ff).expect("11 bits");
    let mantissa = bits & ((1u64 << 52) - 1);
    // Subnormals have a leading 0 and the smallest exponent.
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let exp_sign = if exp < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp_sign}{}", exp.abs())
}

/// `float.fromhex(s)` (a class method): the inverse of `hex`, also taking
/// shorter forms (`0x1p-2`, `1.8`, `inf`).
fn fromhex(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.last() else {
        return Err(PyErr::type_error("fromhex() argument must be str"));
    };
    parse(s.as_str().trim())
        .map(Value::Float)
        .ok_or_else(|| PyErr::value_error("invalid hexadecimal floating-point string"))
}

fn parse(text: &str) -> Option<f64> {
    let (neg, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = rest.to_ascii_lowercase();
    let value = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = lower.strip_prefix("0x").unwrap_or(&lower);
            let (digits, exp) = match body.split_once('p') {
                Some((d, e)) => (d, e.parse::<i32>().ok()?),
                None => (body, 0),
            };
            let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
            if int_part.is_empty() && frac_part.is_empty() {
                return None;
            }
            let mut v = 0f64;
            for c in int_part.chars() {
                v = v * 16.0 + f64::from(c.to_digit(16)?);
            }
            let mut scale = 1.0 / 16.0;
            for c in frac_part.chars() {
                v += f64::from(c.to_digit(16)?) * scale;
                scale /= 16.0;
            }
            v * 2f64.powi(exp)
        }
    };
    Some(if neg { -value } else { value })
}
