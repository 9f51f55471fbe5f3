//! Methods of `int` and `float`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::{check_method, def_method};
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub fn register(i: &Interp) {
    let int = i.types.int.clone();
    def_method(&int, "bit_length", bit_length);
    def_method(&int, "bit_count", bit_count);
    def_method(&int, "conjugate", conjugate);
    let float = i.types.float.clone();
    def_method(&float, "is_integer", is_integer);
    def_method(&float, "as_integer_ratio", as_integer_ratio);
    def_method(&float, "conjugate", conjugate);
}

fn as_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::from(0),
    }
}

fn bit_length(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("bit_length", args, 0, 0)?;
    Ok(Value::Int(as_big(&args[0]).abs().bits() as i64))
}

fn bit_count(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("bit_count", args, 0, 0)?;
    let b = as_big(&args[0]).abs();
    let n: u32 = b.to_u64_digits().1.iter().map(|d| d.count_ones()).sum();
    Ok(Value::Int(n as i64))
}

fn conjugate(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("conjugate", args, 0, 0)?;
    Ok(match &args[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

fn is_integer(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("is_integer", args, 0, 0)?;
    match &args[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn as_integer_ratio(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("as_integer_ratio", args, 0, 0)?;
    let Value::Float(f) = args[0] else {
        return Ok(Value::tuple(vec![args[0].clone(), Value::Int(1)]));
    };
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    // f = mantissa * 2**exp exactly; reduce by common powers of two.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    while m != 0 && m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as usize, BigInt::from(1))
    } else {
        (BigInt::from(m), BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::bigint(num * sign),
        Value::bigint(den),
    ]))
}

/// Explicit dunder calls on numbers (`(10).__index__()`, `(2).__add__(3)`):
/// what the operators do, with NotImplemented for a non-number operand.
pub fn register_dunders(i: &Interp) {
    for class in [
        i.types.int.clone(),
        i.types.float.clone(),
        i.types.bool_.clone(),
    ] {
        def_method(&class, "__add__", n_add);
        def_method(&class, "__sub__", n_sub);
        def_method(&class, "__mul__", n_mul);
        def_method(&class, "__truediv__", n_truediv);
        def_method(&class, "__floordiv__", n_floordiv);
        def_method(&class, "__mod__", n_mod);
        def_method(&class, "__pow__", n_pow);
        def_method(&class, "__neg__", n_neg);
        def_method(&class, "__abs__", n_abs);
        def_method(&class, "__int__", n_int);
        def_method(&class, "__float__", n_float);
        def_method(&class, "__bool__", n_bool);
    }
    def_method(&i.types.int, "__index__", n_int);
    def_method(&i.types.bool_, "__index__", n_int);
}

fn binary(
    it: &mut Interp,
    args: &[Value],
    op: pyslot_grammar::ast::BinOp,
    name: &str,
) -> PyResult<Value> {
    check_method(name, args, 1, 1)?;
    match crate::runtime::int::arith(op, &args[0], &args[1]) {
        Some(r) => r,
        None => {
            let _ = it;
            Ok(Value::NotImplemented)
        }
    }
}

macro_rules! binary_dunder {
    ($f:ident, $op:ident, $name:expr) => {
        fn $f(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            binary(it, args, pyslot_grammar::ast::BinOp::$op, $name)
        }
    };
}

binary_dunder!(n_add, Add, "__add__");
binary_dunder!(n_sub, Sub, "__sub__");
binary_dunder!(n_mul, Mult, "__mul__");
binary_dunder!(n_truediv, Div, "__truediv__");
binary_dunder!(n_floordiv, FloorDiv, "__floordiv__");
binary_dunder!(n_mod, Mod, "__mod__");
binary_dunder!(n_pow, Pow, "__pow__");

fn n_neg(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__neg__", args, 0, 0)?;
    it.unary_op(pyslot_grammar::ast::UnaryOp::Neg, &args[0])
}

fn n_abs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__abs__", args, 0, 0)?;
    let abs = it.builtins.get_str("abs").unwrap_or(Value::None);
    it.call(&abs, vec![args[0].clone()], Vec::new())
}

fn n_int(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__int__", args, 0, 0)?;
    let int = Value::Class(it.types.int.clone());
    it.call(&int, vec![args[0].clone()], Vec::new())
}

fn n_float(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__float__", args, 0, 0)?;
    let float = Value::Class(it.types.float.clone());
    it.call(&float, vec![args[0].clone()], Vec::new())
}

fn n_bool(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_method("__bool__", args, 0, 0)?;
    Ok(Value::Bool(it.truthy(&args[0])?))
}
