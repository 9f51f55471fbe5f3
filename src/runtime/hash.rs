//! Python-compatible hashing: numbers hash as CPython does (so `1`, `1.0`
//! and `True` are the same dict key and set iteration order matches), strings
//! with a fast non-cryptographic hash (CPython randomizes these anyway).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::hash::{BuildHasherDefault, Hasher};

use super::value::Value;

/// 2**61 - 1: CPython's modulus for numeric hashes.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314159;

pub(crate) fn str_hash(s: &str) -> u64 {
    // FNV-1a over the bytes, then a final mix (cheap and good enough).
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^ (h >> 29)
}

#[inline]
pub(crate) fn int_hash(i: i64) -> i64 {
    // Below the modulus (every int a program counts with) an int is its
    // own hash.
    if (0..MODULUS.cast_signed()).contains(&i) {
        return i;
    }
    let mut h = i64::try_from(i.unsigned_abs() % MODULUS).expect("below 2**61");
    if i < 0 {
        h = -h;
    }
    if h == -1 {
        h = -2;
    }
    h
}

pub(crate) fn bigint_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble` (without the NaN identity part: NaN hashes to 0).
pub(crate) fn float_hash(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x.is_nan() || x.is_zero() {
        return 0;
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut x_hash: u64 = 0;
    while m != 0.0 {
        x_hash = ((x_hash << 28) & MODULUS) | (x_hash >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        // 0 <= m < 2**28: its integer part, exactly.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let y = m as u32;
        m -= f64::from(y);
        x_hash += u64::from(y);
        if x_hash >= MODULUS {
            x_hash -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x_hash = ((x_hash << e) & MODULUS) | (x_hash >> (61 - e));
    let mut h = i64::try_from(x_hash).expect("below 2**61");
    if x < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// CPython 3.11's tuple hash (xxHash-based), fed one item hash at a time
/// so that hashing a tuple allocates nothing.
pub(crate) struct TupleHash {
    acc: u64,
}

impl TupleHash {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    pub(crate) fn new() -> TupleHash {
        TupleHash { acc: Self::P5 }
    }

    pub(crate) fn add(&mut self, item: i64) {
        let acc = self
            .acc
            .wrapping_add(item.cast_unsigned().wrapping_mul(Self::P2));
        self.acc = acc.rotate_left(31).wrapping_mul(Self::P1);
    }

    pub(crate) fn finish(self, len: usize) -> i64 {
        let acc = self.acc.wrapping_add((len as u64) ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc.cast_signed()
    }
}

/// A string's hash as a dict or set key: its kept hash, a bit shifted
/// off so that it is never negative.
#[inline(always)]
pub(crate) fn str_key_hash(s: &super::value::PyStr) -> u64 {
    s.hash() >> 1
}

/// Hash of a builtin value; `None` when the value is unhashable or needs
/// the interpreter (instances with `__hash__`).
pub(crate) fn builtin_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0xFCA86420,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => int_hash(*i),
        Value::BigInt(b) => bigint_hash(b),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.0e18 {
                // An integral float within i64's range: the conversion is exact.
                #[allow(clippy::cast_possible_truncation)]
                let i = *f as i64;
                int_hash(i)
            } else {
                float_hash(*f)
            }
        }
        Value::Str(s) => str_key_hash(s).cast_signed(),
        Value::Tuple(t) => {
            let mut h = TupleHash::new();
            for item in t.items.iter() {
                // Ints (most tuple keys hold them) without a recursive call.
                h.add(match item {
                    Value::Int(i) => int_hash(*i),
                    other => builtin_hash(other)?,
                });
            }
            h.finish(t.items.len())
        }
        Value::FrozenSet(s) => s.frozen_hash()?,
        Value::Bytes(b) => (str_hash(&String::from_utf8_lossy(b)) >> 1).cast_signed(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return None
        }
        Value::Instance(_) => return None,
        other => {
            let p = other.heap_ptr().unwrap_or(0) as u64;
            p.cast_signed().rotate_right(4)
        }
    })
}

/// Equality for keys of builtin types, without calling Python code.
#[inline(always)]
pub(crate) fn keys_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        // The same string object (a literal used as a key and to look
        // it up: literals that look like names are interned).
        (Value::Str(x), Value::Str(y)) if std::rc::Rc::ptr_eq(x, y) => true,
        _ => keys_equal_other(a, b),
    }
}

fn keys_equal_other(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.s == y.s,
        (Int(x), Int(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) | (FrozenSet(x), Set(y)) | (Set(x), FrozenSet(y)) => {
            x.len() == y.len() && x.values().iter().all(|v| y.contains_builtin(v))
        }
        _ => match (super::int::number_value(a), super::int::number_value(b)) {
            (Some(x), Some(y)) => super::int::numbers_equal(&x, &y),
            _ => a.is(b) || wrapped_equal(a, b) || complex_equal(a, b),
        },
    }
}

/// Complex keys: equal parts (`1+0j` equals `1` too).
fn complex_equal(a: &Value, b: &Value) -> bool {
    let parts = |v: &Value| -> Option<(f64, f64)> {
        match v {
            Value::Instance(i)
                if &*i.class().name == "complex" && &*i.class().module == "builtins" =>
            {
                let part = |k| match i.get(k) {
                    Some(Value::Float(f)) => f,
                    _ => 0.0,
                };
                Some((part(0), part(1)))
            }
            Value::Int(n) => Some((super::int::float_from_int(*n), 0.0)),
            Value::Float(f) => Some((*f, 0.0)),
            _ => None,
        }
    };
    matches!((parts(a), parts(b)), (Some(x), Some(y)) if x == y)
}

/// A key that is an instance of a str (or other builtin) subclass without
/// an `__eq__` of its own equals what its value equals.
fn wrapped_equal(a: &Value, b: &Value) -> bool {
    let value = |v: &Value| match v {
        Value::Instance(i) if crate::interp::attr::user_override(i.class(), "__eq__").is_none() => {
            i.base_value()
        }
        _ => None,
    };
    match (value(a), value(b)) {
        (Some(x), Some(y)) => keys_equal(&x, &y),
        (Some(x), None) => keys_equal(&x, b),
        (None, Some(y)) => keys_equal(a, &y),
        (None, None) => false,
    }
}

/// A hasher that passes a precomputed hash through: keys carry their own
/// Python hash, so the map never hashes twice. The table sees it mixed
/// ([`table_hash`]): a Python hash of a small int is the int itself, all
/// of whose top bits are zero, and the table tells keys apart by its top
/// bits before comparing them.
#[derive(Default)]
pub struct PassThrough(u64);

/// The hash a dict's table uses for a key of Python hash `h`: every bit of
/// `h` reaches the top and the bottom bits (a folded multiply).
#[inline(always)]
pub(crate) fn table_hash(h: u64) -> u64 {
    let wide = u128::from(h) * 0x9E37_79B9_7F4A_7C15_u128;
    // The two halves of the product, folded: intended truncations.
    #[allow(clippy::cast_possible_truncation)]
    let (lo, hi) = (wide as u64, (wide >> 64) as u64);
    lo ^ hi
}

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        table_hash(self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type BuildPassThrough = BuildHasherDefault<PassThrough>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(12345), 12345);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(0.1), 230584300921369408);
        let mut h = TupleHash::new();
        h.add(1);
        h.add(2);
        let t = h.finish(2);
        assert_eq!(t, -3550055125485641917);
    }
}
