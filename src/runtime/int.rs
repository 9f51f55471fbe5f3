//! Arithmetic on numbers: machine ints with overflow into big ints, floats,
//! and the mixed cases, with Python's semantics (floor division, modulo sign,
//! exact int/float comparison).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

use pyslot_grammar::ast::BinOp;
use pyslot_grammar::int_parse::parse_digits;

use super::exception::{PyErr, PyResult};
use super::value::Value;

pub(crate) enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

pub(crate) fn as_number(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(i64::from(*b))),
        Value::BigInt(b) => Some(Num::B(b)),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// `as_number`, also taking an instance of an int or float subclass as its
/// value: for builtins that only read a number (`divmod`, `pow`, dict keys).
/// Never for operators, which must find the subclass's own methods first.
/// (A big int subclass value cannot be borrowed from its slot: None.)
pub(crate) fn number_value(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Instance(i) => match i.base_value()? {
            Value::Int(n) => Some(Num::I(n)),
            Value::Float(f) => Some(Num::F(f)),
            _ => None,
        },
        other => as_number(other),
    }
}

pub(crate) fn big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => (*b).clone(),
        Num::F(f) => BigInt::from_f64_exact(f.trunc()),
    }
}

/// Python's `float(i)` for a machine int: the nearest float, ties to even
/// (what C's `(double)` gives CPython).
#[allow(clippy::cast_precision_loss)] // rounding to the nearest float is the semantics
pub(crate) fn float_from_int(i: i64) -> f64 {
    i as f64
}

/// A length, count or position as a Python int. Rust's sizes never exceed
/// `isize::MAX`, so on pyslot's 64-bit targets nothing saturates.
pub(crate) fn int_from_len(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A repeat count or width from a Python int: a negative one counts as
/// zero, as in CPython's `seq * n` and `str.ljust`; one past `usize::MAX`
/// (only on narrower targets) saturates, so the size check that follows
/// reports it.
pub(crate) fn count_from_int(n: i64) -> usize {
    usize::try_from(n.max(0)).unwrap_or(usize::MAX)
}

pub(crate) fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(float_from_int(*i)),
        Num::F(f) => Ok(*f),
        Num::B(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
    }
}

pub(crate) fn numbers_equal(a: &Num, b: &Num) -> bool {
    compare_numbers(a, b) == Some(Ordering::Equal)
}

/// Exact comparison (NaN compares as unordered).
pub(crate) fn compare_numbers(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), other) => compare_float_int(*x, other),
        (other, Num::F(y)) => compare_float_int(*y, other).map(Ordering::reverse),
        _ => Some(big(a).cmp(&big(b))),
    }
}

fn compare_float_int(x: f64, i: &Num) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Num::I(i) = i {
        if i.unsigned_abs() < (1u64 << 53) {
            return x.partial_cmp(&float_from_int(*i));
        }
    }
    // Compare exactly: floor(x) against the int, then the fraction.
    let fl = x.floor();
    let fb = BigInt::from_f64_exact(fl);
    match fb.cmp(&big(i)) {
        Ordering::Equal if x > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn norm(b: BigInt) -> Value {
    Value::bigint(b)
}

/// `a op b` when both are numbers; `None` when either is not.
pub(crate) fn arith(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = as_number(a)?;
    let y = as_number(b)?;
    // bool op bool stays bool for the bitwise operators.
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(*p & *q))),
            BinOp::BitOr => return Some(Ok(Value::Bool(*p | *q))),
            BinOp::BitXor => return Some(Ok(Value::Bool(*p ^ *q))),
            _ => {}
        }
    }
    Some(match (&x, &y) {
        (Num::F(_), _) | (_, Num::F(_)) => float_op(op, &x, &y),
        (Num::I(p), Num::I(q)) => int_op(op, *p, *q),
        _ => big_op(op, &big_ref(&x), &big_ref(&y)),
    })
}

/// `n` as a big int, borrowed when it is one (a huge operand is not
/// copied for an operation).
fn big_ref<'a>(n: &Num<'a>) -> std::borrow::Cow<'a, BigInt> {
    match n {
        Num::B(b) => std::borrow::Cow::Borrowed(*b),
        other => std::borrow::Cow::Owned(big(other)),
    }
}

/// Room for a result of `bits` bits, tried first (`probe`): MemoryError,
/// as in CPython, when there is none, not an abort in num-bigint. Twice
/// the result's size: num-bigint may copy an operand and then grow the copy
/// by a digit, which doubles its buffer.
fn room_for_bits(bits: u64) -> PyResult<()> {
    let bytes = usize::try_from(bits / 8 + 8).map_err(|_| super::fallible::memory_error())?;
    super::fallible::probe(super::fallible::total(2, bytes)?)
}

pub(crate) fn int_op(op: BinOp, a: i64, b: i64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mult => a.checked_mul(b),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            a.checked_rem(b).map(|_| a.mod_floor(&b))
        }
        BinOp::Div => {
            if b == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            return Ok(Value::Float(int_true_div(
                &BigInt::from(a),
                &BigInt::from(b),
            )?));
        }
        BinOp::Pow => {
            if b < 0 {
                return float_op(op, &Num::I(a), &Num::I(b));
            }
            // An exponent past u32 goes the big-int way, as an overflow does.
            u32::try_from(b).ok().and_then(|b| a.checked_pow(b))
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if a == 0 {
                Some(0)
            } else if b < 63 && a.unsigned_abs() < (1u64 << (62 - b)) {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::MatMult => return Err(unsupported(op, "int", "int")),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(op, &BigInt::from(a), &BigInt::from(b)),
    }
}

pub(crate) fn unsupported(op: BinOp, a: &str, b: &str) -> PyErr {
    let sym = if op == BinOp::Pow {
        "** or pow()"
    } else {
        op.symbol()
    };
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym, a, b
    ))
}

/// Correctly rounded int / int (via f64 when exact enough).
fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(float_from_int(x) / float_from_int(y));
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale one side so the integer quotient has 64 or 65 bits; a nonzero
    // remainder sets its lowest bit, so the one rounding to 53 bits (the
    // cast) still sees that the exact quotient was above it.
    // A big int's bit count is far below 2**63: its digits are in memory.
    let bits = |n: &BigInt| i64::try_from(n.bits()).unwrap_or(i64::MAX);
    let shift = 64 + bits(&b) - bits(&a);
    let (num, den) = if shift >= 0 {
        (a << shift.unsigned_abs(), b)
    } else {
        (a, b << shift.unsigned_abs())
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u128().unwrap_or(u128::MAX) | u128::from(!r.is_zero());
    #[allow(clippy::cast_precision_loss)] // the one rounding, to the nearest float
    let q = q as f64;
    let magnitude = ldexp(q, -shift);
    if magnitude.is_infinite() {
        return Err(PyErr::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

pub(crate) fn big_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd => {
            room_for_bits(a.bits().max(b.bits()) + 1)?;
            norm(match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::BitOr => a | b,
                BinOp::BitXor => a ^ b,
                _ => a & b,
            })
        }
        BinOp::Mult => {
            room_for_bits(a.bits().saturating_add(b.bits()))?;
            norm(a * b)
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_division(if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }));
            }
            let (q, r) = a.div_mod_floor(b);
            norm(if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::Div => {
            if b.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            Value::Float(int_true_div(a, b)?)
        }
        BinOp::Pow => {
            if b.is_negative() {
                return float_op(op, &Num::B(a), &Num::B(b));
            }
            // 0, 1 and -1 stay small whatever the exponent.
            if a.is_zero() || a.is_one() {
                return Ok(norm(if b.is_zero() {
                    BigInt::one()
                } else {
                    a.clone()
                }));
            }
            if *a == -BigInt::one() {
                return Ok(norm(if b.is_even() {
                    BigInt::one()
                } else {
                    a.clone()
                }));
            }
            // Any other base to an exponent past 2**32 needs more memory
            // than there is.
            let e = b.to_u32().ok_or_else(super::fallible::memory_error)?;
            if u128::from(a.bits()) * u128::from(e) > 64_000_000 {
                return Err(super::fallible::memory_error());
            }
            norm(Pow::pow(a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // Room for the result's digits is tried first: MemoryError, as
            // in CPython, when there is none.
            let s = b.to_usize().ok_or_else(super::fallible::memory_error)?;
            let s64 = u64::try_from(s).map_err(|_| super::fallible::memory_error())?;
            room_for_bits(a.bits().saturating_add(s64))?;
            norm(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => norm(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::MatMult => return Err(unsupported(op, "int", "int")),
    })
}

pub(crate) fn float_op(op: BinOp, x: &Num, y: &Num) -> PyResult<Value> {
    let a = to_f64(x)?;
    let b = to_f64(y)?;
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(a, b),
        _ => {
            let tn = |n: &Num| match n {
                Num::F(_) => "float",
                _ => "int",
            };
            return Err(unsupported(op, tn(x), tn(y)));
        }
    };
    Ok(Value::Float(r))
}

pub(crate) fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err(PyErr::value_error(
            "math domain error (complex result not supported)",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// Python's float divmod: the remainder takes the divisor's sign.
pub(crate) fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub(crate) fn negate(v: &Value) -> Option<Value> {
    Some(match v {
        Value::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::bigint(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-i64::from(*b)),
        Value::BigInt(b) => Value::bigint(-(**b).clone()),
        Value::Float(f) => Value::Float(-f),
        _ => return None,
    })
}

pub(crate) fn big_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The smallest limit `sys.set_int_max_str_digits` takes (besides 0).
pub(crate) const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

// The limit itself lives in the grammar crate, whose lexer checks int
// literals against it.
use pyslot_grammar::str_digits::{exceeds_limit, limit_message};
pub(crate) use pyslot_grammar::str_digits::{max_str_digits, set_max_str_digits};

/// `str(n)` for a big int, within `sys.get_int_max_str_digits()`.
/// (num-bigint's conversion is itself sub-quadratic since 0.4.7: it splits
/// by powers of ten and divides by Burnikel and Ziegler's recursion.)
pub(crate) fn to_decimal(n: &BigInt) -> Result<String, String> {
    let limit = max_str_digits();
    if limit > 0 {
        // At least (bits - 1) * log10(2) + 1 digits: surely too many
        // before converting (30103 / 100000 is just under log10(2)).
        let least = u128::from(n.bits().saturating_sub(1)) * 30103 / 100_000 + 1;
        if least > u128::try_from(limit).unwrap_or(u128::MAX) {
            return Err(limit_message(None));
        }
    }
    let text = n.to_string();
    if exceeds_limit(text.len() - usize::from(n.is_negative())) {
        return Err(limit_message(None));
    }
    Ok(text)
}

/// Parse `int(text, base)`: whitespace, sign, underscores between digits,
/// base prefixes when base is 0 or matches. `Err` (a ValueError's message)
/// for more digits than `sys.get_int_max_str_digits()` allows in a base
/// that is not a power of two.
pub(crate) fn parse_int(text: &str, base: u32) -> Result<Option<Value>, String> {
    let Some(digits) = int_digits(text, base) else {
        return Ok(None);
    };
    let clean = digits.clean;
    if !digits.base.is_power_of_two() && exceeds_limit(clean.len()) {
        return Err(limit_message(Some(clean.len())));
    }
    // Checked after the limit, as in CPython.
    if digits.zero_only && clean.bytes().any(|c| c != b'0') {
        return Ok(None);
    }
    Ok(parse_digits(clean.as_bytes(), digits.base)
        .map(|b| big_value(BigInt::from_biguint(sign(digits.negative), b))))
}

fn sign(negative: bool) -> Sign {
    if negative {
        Sign::Minus
    } else {
        Sign::Plus
    }
}

/// What `int(text, base)` reads.
struct IntDigits {
    /// Without sign, prefix or underscores.
    clean: String,
    /// 2 to 36: a base of 0 resolved.
    base: u32,
    negative: bool,
    /// Base 0 with a leading zero: only zeros make an int.
    zero_only: bool,
}

/// The digits of `int(text, base)`; None when not an int.
fn int_digits(text: &str, base: u32) -> Option<IntDigits> {
    let t = text.trim();
    let (negative, mut digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = digits.to_ascii_lowercase();
    let mut base = base;
    let mut zero_only = false;
    let prefix = |p: &str| lower.starts_with(p);
    if (base == 0 || base == 16) && prefix("0x") {
        digits = &digits[2..];
        base = 16;
    } else if (base == 0 || base == 8) && prefix("0o") {
        digits = &digits[2..];
        base = 8;
    } else if (base == 0 || base == 2) && prefix("0b") {
        digits = &digits[2..];
        base = 2;
    } else if base == 0 {
        zero_only = digits.starts_with('0');
        base = 10;
    }
    let digits = digits
        .strip_prefix('_')
        .filter(|_| t.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    Some(IntDigits {
        clean,
        base,
        negative,
        zero_only,
    })
}

/// TypeError for a named operation (`divmod()`, `pow()`).
pub(crate) fn unsupported_named(op: &str, a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op, a, b
    ))
}

/// `x * 2**e` without overflowing the intermediate power of two.
pub(crate) fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(i32::try_from(e).expect("-1000 <= e <= 1000"))
}
