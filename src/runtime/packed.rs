//! The storage of an `array.array`: its elements packed as machine values
//! (an `array('d')` of 1000 floats is 8000 bytes here, where a list holds
//! 1000 references to float objects). It lives in the array instance's
//! hidden slot 0 as `Value::Packed`; `builtins/array_type.rs` has the
//! methods that read and write it.

use super::value::Value;

/// The typecodes `array` accepts, in CPython's order (`array.typecodes`).
pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

pub struct PackedArray {
    /// The typecode, an ASCII letter of `TYPECODES`.
    pub code: u8,
    /// `len * itemsize` bytes in the machine's (little-endian) order.
    pub bytes: Vec<u8>,
}

/// The bytes one element of a typecode takes (as C's types on x86-64
/// Linux: `long` is 8 bytes, `wchar_t` 4).
pub(crate) fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

impl PackedArray {
    pub(crate) fn new(code: u8, bytes: Vec<u8>) -> PackedArray {
        PackedArray { code, bytes }
    }

    pub(crate) fn itemsize(&self) -> usize {
        itemsize(self.code)
    }

    pub(crate) fn len(&self) -> usize {
        self.bytes.len() / self.itemsize()
    }

    /// The bytes of element `i` (in range).
    pub(crate) fn raw(&self, i: usize) -> &[u8] {
        let size = self.itemsize();
        &self.bytes[i * size..(i + 1) * size]
    }

    /// Element `i` (in range) as a Python value.
    pub(crate) fn item(&self, i: usize) -> Value {
        decode(self.code, self.raw(i))
    }
}

/// One element's bytes as a Python value: an int, a float or (for 'u') a
/// one-character str.
pub(crate) fn decode(code: u8, b: &[u8]) -> Value {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut a = [0u8; N];
        a.copy_from_slice(&b[..N]);
        a
    }
    match code {
        b'b' => Value::Int(i64::from(i8::from_ne_bytes(arr(b)))),
        b'B' => Value::Int(i64::from(b[0])),
        b'h' => Value::Int(i64::from(i16::from_ne_bytes(arr(b)))),
        b'H' => Value::Int(i64::from(u16::from_ne_bytes(arr(b)))),
        b'i' => Value::Int(i64::from(i32::from_ne_bytes(arr(b)))),
        b'I' => Value::Int(i64::from(u32::from_ne_bytes(arr(b)))),
        b'l' | b'q' => Value::Int(i64::from_ne_bytes(arr(b))),
        b'L' | b'Q' => {
            let n = u64::from_ne_bytes(arr(b));
            match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::bigint(num_bigint::BigInt::from(n)),
            }
        }
        b'f' => Value::Float(f64::from(f32::from_ne_bytes(arr(b)))),
        b'd' => Value::Float(f64::from_ne_bytes(arr(b))),
        _ => {
            let c = char::from_u32(u32::from_ne_bytes(arr(b))).unwrap_or('\u{fffd}');
            Value::string(c.to_string())
        }
    }
}
