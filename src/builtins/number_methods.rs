//! Methods of `int` and `float`.

use num_bigint::BigInt;
use num_traits::Signed;

use pyslot_grammar::ast::{BinOp, CmpOp};

use super::{def_method, def_slot};
use crate::interp::Interp;
use crate::runtime::exception::{PyErr, PyResult};
use crate::runtime::function::Kwargs;
use crate::runtime::value::Value;

pub(crate) fn register(i: &Interp) {
    let int = i.types.int.clone();
    def_method(&int, "bit_length", "()", bit_length);
    def_method(&int, "bit_count", "()", bit_count);
    def_method(&int, "conjugate", "()", conjugate);
    let float = i.types.float.clone();
    def_method(&float, "is_integer", "()", is_integer);
    def_method(&float, "as_integer_ratio", "()", as_integer_ratio);
    def_method(&float, "conjugate", "()", conjugate);
}

fn as_big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(i64::from(*b)),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::from(0),
    }
}

fn bit_length(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let bits = as_big(&args[0]).abs().bits();
    Ok(Value::Int(
        i64::try_from(bits).expect("a bit count below 2**63"),
    ))
}

fn bit_count(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let b = as_big(&args[0]).abs();
    let n: u32 = b.to_u64_digits().1.iter().map(|d| d.count_ones()).sum();
    Ok(Value::Int(i64::from(n)))
}

fn conjugate(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(match &args[0] {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        v => v.clone(),
    })
}

fn is_integer(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match &args[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn as_integer_ratio(_it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
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
    let exp = i64::try_from((bits >> 52) & 0x7ff).expect("11 bits");
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e.unsigned_abs(), BigInt::from(1))
    } else {
        (BigInt::from(m), BigInt::from(1) << e.unsigned_abs())
    };
    Ok(Value::tuple(vec![
        Value::bigint(num * sign),
        Value::bigint(den),
    ]))
}

/// Explicit dunder calls on numbers (`(10).__index__()`, `(2).__add__(3)`):
/// what the operators do, with NotImplemented for a non-number operand.
pub(crate) fn register_dunders(i: &Interp) {
    // bool inherits int's, but for `&`, `|` and `^`, which keep bools.
    for class in [i.types.int.clone(), i.types.float.clone()] {
        def_slot(&class, "__add__", n_add);
        def_slot(&class, "__sub__", n_sub);
        def_slot(&class, "__mul__", n_mul);
        def_slot(&class, "__truediv__", n_truediv);
        def_slot(&class, "__floordiv__", n_floordiv);
        def_slot(&class, "__mod__", n_mod);
        def_slot(&class, "__pow__", n_pow);
        def_slot(&class, "__radd__", n_radd);
        def_slot(&class, "__rsub__", n_rsub);
        def_slot(&class, "__rmul__", n_rmul);
        def_slot(&class, "__rtruediv__", n_rtruediv);
        def_slot(&class, "__rfloordiv__", n_rfloordiv);
        def_slot(&class, "__rmod__", n_rmod);
        def_slot(&class, "__rpow__", n_rpow);
        def_comparisons(&class);
        def_slot(&class, "__neg__", n_neg);
        def_slot(&class, "__abs__", n_abs);
        def_slot(&class, "__int__", n_int);
        def_slot(&class, "__float__", n_float);
        def_slot(&class, "__bool__", n_bool);
    }
    for class in [&i.types.int, &i.types.bool_] {
        def_slot(class, "__and__", n_and);
        def_slot(class, "__or__", n_or);
        def_slot(class, "__xor__", n_xor);
        def_slot(class, "__rand__", n_rand);
        def_slot(class, "__ror__", n_ror);
        def_slot(class, "__rxor__", n_rxor);
    }
    def_slot(&i.types.int, "__lshift__", n_lshift);
    def_slot(&i.types.int, "__rshift__", n_rshift);
    def_slot(&i.types.int, "__index__", n_int);
}

/// A binary operator's dunder on a builtin value: the operator's native
/// result, or NotImplemented (never the full operator, which would try the
/// dunders again). `reflected` swaps the operands (`__radd__`).
pub(crate) fn binary(
    it: &mut Interp,
    args: &[Value],
    op: BinOp,
    _name: &str,
    reflected: bool,
) -> PyResult<Value> {
    if !accepts(&args[0], &args[1]) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    if let Some(r) = crate::runtime::int::arith(op, a, b) {
        return r;
    }
    match it.builtin_binary(op, a, b)? {
        Some(v) => Ok(v),
        // A sequence's `+`, `*` and str's `%` raise the operator's error
        // (an instance operand is left to the operator, which asks it).
        None if matches!(args[0], Value::Str(_) | Value::List(_) | Value::Tuple(_))
            && !matches!(args[1], Value::Instance(_)) =>
        {
            it.binary_op(op, a, b)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// Whether a number's dunder takes this operand: an int's only ints (a
/// float operand is the float's business), a float's any number.
fn accepts(receiver: &Value, other: &Value) -> bool {
    match receiver {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            matches!(other, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        }
        Value::Float(_) => is_number(other),
        _ => true,
    }
}

macro_rules! binary_dunder {
    ($f:ident, $op:ident, $name:expr, $reflected:expr) => {
        pub(crate) fn $f(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            binary(it, args, BinOp::$op, $name, $reflected)
        }
    };
}

binary_dunder!(n_add, Add, "__add__", false);

/// `__pow__(value, mod=None)`: with a modulus, three-argument `pow`.
pub(crate) fn n_pow(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.get(2) {
        Some(m) if !m.is_none() => {
            let (base, exp) = (args[0].clone(), args[1].clone());
            super::functions::pow(it, &[base, exp, m.clone()], kw)
        }
        _ => binary(it, &args[..2], BinOp::Pow, "__pow__", false),
    }
}

/// `__rpow__(value, mod=None)`: `pow(value, self, mod)`.
pub(crate) fn n_rpow(it: &mut Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args.get(2) {
        Some(m) if !m.is_none() => {
            let (base, exp) = (args[1].clone(), args[0].clone());
            super::functions::pow(it, &[base, exp, m.clone()], kw)
        }
        _ => binary(it, &args[..2], BinOp::Pow, "__rpow__", true),
    }
}
binary_dunder!(n_sub, Sub, "__sub__", false);
binary_dunder!(n_mul, Mult, "__mul__", false);
binary_dunder!(n_truediv, Div, "__truediv__", false);
binary_dunder!(n_floordiv, FloorDiv, "__floordiv__", false);
binary_dunder!(n_mod, Mod, "__mod__", false);
binary_dunder!(n_and, BitAnd, "__and__", false);
binary_dunder!(n_or, BitOr, "__or__", false);
binary_dunder!(n_xor, BitXor, "__xor__", false);
binary_dunder!(n_lshift, LShift, "__lshift__", false);
binary_dunder!(n_rshift, RShift, "__rshift__", false);
binary_dunder!(n_radd, Add, "__radd__", true);
binary_dunder!(n_rsub, Sub, "__rsub__", true);
binary_dunder!(n_rmul, Mult, "__rmul__", true);
binary_dunder!(n_rtruediv, Div, "__rtruediv__", true);
binary_dunder!(n_rfloordiv, FloorDiv, "__rfloordiv__", true);
binary_dunder!(n_rmod, Mod, "__rmod__", true);
binary_dunder!(n_rand, BitAnd, "__rand__", true);
binary_dunder!(n_ror, BitOr, "__ror__", true);
binary_dunder!(n_rxor, BitXor, "__rxor__", true);
binary_dunder!(n_rlshift, LShift, "__rlshift__", true);
binary_dunder!(n_rrshift, RShift, "__rrshift__", true);

/// A rich comparison's dunder on a builtin value: the comparison when both
/// operands are numbers, or both the same kind of builtin sequence;
/// NotImplemented otherwise.
fn compare_dunder(it: &mut Interp, args: &[Value], op: CmpOp, _name: &str) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    let comparable = (is_number(a) && accepts(a, b))
        || matches!(
            (a, b),
            (Value::Str(_), Value::Str(_))
                | (Value::List(_), Value::List(_))
                | (Value::Tuple(_), Value::Tuple(_))
                | (
                    Value::Bytes(_) | Value::ByteArray(_),
                    Value::Bytes(_) | Value::ByteArray(_)
                )
        );
    if !comparable {
        return Ok(Value::NotImplemented);
    }
    it.compare(op, a, b)
}

macro_rules! compare_dunder {
    ($f:ident, $op:ident, $name:expr) => {
        pub(crate) fn $f(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
            compare_dunder(it, args, CmpOp::$op, $name)
        }
    };
}

compare_dunder!(c_lt, Lt, "__lt__");
compare_dunder!(c_le, LtE, "__le__");
compare_dunder!(c_gt, Gt, "__gt__");
compare_dunder!(c_ge, GtE, "__ge__");
compare_dunder!(c_eq, Eq, "__eq__");
compare_dunder!(c_ne, NotEq, "__ne__");

/// The comparison dunders of a builtin type with its own ordering.
pub(crate) fn def_comparisons(class: &crate::runtime::class::Class) {
    def_slot(class, "__lt__", c_lt);
    def_slot(class, "__le__", c_le);
    def_slot(class, "__gt__", c_gt);
    def_slot(class, "__ge__", c_ge);
    def_slot(class, "__eq__", c_eq);
    def_slot(class, "__ne__", c_ne);
}

fn n_neg(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    it.unary_op(pyslot_grammar::ast::UnaryOp::Neg, &args[0])
}

fn n_abs(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let abs = it.builtins.get_str("abs").unwrap_or(Value::None);
    it.call(&abs, vec![args[0].clone()], Vec::new())
}

fn n_int(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let int = Value::Class(it.types.int.clone());
    it.call(&int, vec![args[0].clone()], Vec::new())
}

fn n_float(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let float = Value::Class(it.types.float.clone());
    it.call(&float, vec![args[0].clone()], Vec::new())
}

fn n_bool(it: &mut Interp, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(it.truthy(&args[0])?))
}
