//! `int.to_bytes`, `int.from_bytes` and `int.as_integer_ratio`: an int's
//! two's-complement bytes, big- or little-endian, with CPython's errors.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use super::def_method;
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::fallible;
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let int = i.types.int.clone();
    def_method(
        &int,
        "to_bytes",
        "(length=1, byteorder='big', *, signed=False)",
        to_bytes,
    );
    def_method(&int, "as_integer_ratio", "()", as_integer_ratio);
    super::def_classmethod(
        &int,
        "from_bytes",
        "(bytes, byteorder='big', *, signed=False)",
        from_bytes,
    );
    // The number attributes, as descriptors on the types (values answer
    // them directly; these make `dir(int)` and `int.real` complete, and
    // serve instances of subclasses).
    let float = i.types.float.clone();
    let getters: [(&'static str, crate::runtime::function::NativeFn); 4] = [
        ("real", real),
        ("imag", imag),
        ("numerator", real),
        ("denominator", denominator),
    ];
    for (name, getter) in getters {
        for class in [&int, &float] {
            if matches!(name, "numerator" | "denominator") && Rc::ptr_eq(class, &float) {
                continue;
            }
            super::def_getter(class, name, getter);
        }
    }
}

/// The number a value or a subclass instance stands for.
fn number_of(args: &[Value]) -> Value {
    match args.first() {
        Some(Value::Instance(i)) => i.base_value().unwrap_or(Value::Int(0)),
        Some(Value::Bool(b)) => Value::Int(i64::from(*b)),
        Some(v) => v.clone(),
        None => Value::Int(0),
    }
}

fn real(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(number_of(args))
}

fn imag(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match number_of(args) {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

fn denominator(_it: &mut Interp, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn byteorder(it: &mut Interp, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(true);
    };
    match it.to_str(v)?.as_str() {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = big(&args[0]).unwrap_or_default();
    let length = match args.get(1) {
        Some(v) => super::want_int(it, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(it, args.get(2))?;
    let signed = match args.get(3) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    if !signed && n.sign() == Sign::Minus {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut le = n.to_signed_bytes_le();
    // An unsigned value whose top bit is set got a sign byte: drop it.
    if !signed && le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if n.sign() == Sign::NoSign {
        le.clear();
    }
    let length =
        usize::try_from(length).map_err(|_| PyErr::overflow("byte string is too large"))?;
    if le.len() > length {
        return Err(PyErr::overflow("int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    let more = length - le.len();
    fallible::reserve(&mut le, more)?;
    le.resize(length, fill);
    if big_endian {
        le.reverse();
    }
    Ok(Value::Bytes(Rc::new(le)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn from_bytes(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let rest = args.get(1..).unwrap_or_default();
    let data: std::borrow::Cow<[u8]> = match rest.first() {
        Some(Value::Bytes(b)) => std::borrow::Cow::Borrowed(b),
        Some(v @ (Value::ByteArray(_) | Value::Instance(_))) if v.with_bytes(|_| ()).is_some() => {
            std::borrow::Cow::Owned(v.with_bytes(fallible::copied).unwrap_or(Ok(Vec::new()))?)
        }
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let mut out = Vec::new();
            for x in it.collect(v)? {
                let n = super::want_int(it, &x)?;
                out.push(
                    u8::try_from(n)
                        .map_err(|_| PyErr::value_error("bytes must be in range(0, 256)"))?,
                );
            }
            std::borrow::Cow::Owned(out)
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "from_bytes() missing required argument 'bytes' (pos 1)",
            ))
        }
    };
    let big_endian = byteorder(it, rest.get(1))?;
    let signed = match rest.get(2) {
        Some(v) => it.truthy(v)?,
        None => false,
    };
    // num-bigint copies the bytes, then makes the digits: room for both
    // is tried first.
    fallible::probe(fallible::total(2, data.len())?)?;
    let n = match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    Ok(Value::bigint(n))
}

fn as_integer_ratio(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = match &args[0] {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}
