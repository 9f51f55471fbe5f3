//! A `str` object's text: short strings (most names, words and numbers)
//! live inside the string object itself, so making one is a single
//! allocation; longer ones keep their own heap block.

use std::ops::Deref;

/// Bytes kept inline: with the tag and length byte, the same 24 bytes a
/// boxed `str` (pointer, length) and the enum tag take anyway.
pub(crate) const INLINE_CAP: usize = 22;

pub enum StrBuf {
    Inline { len: u8, bytes: [u8; INLINE_CAP] },
    Heap(Box<str>),
}

impl StrBuf {
    pub fn copy_of(s: &str) -> StrBuf {
        StrBuf::concat(s, "")
    }

    pub fn from_string(s: String) -> StrBuf {
        if s.len() <= INLINE_CAP {
            StrBuf::copy_of(&s)
        } else {
            StrBuf::Heap(s.into_boxed_str())
        }
    }

    /// `a + b`, with no intermediate `String` when the result fits inline.
    pub fn concat(a: &str, b: &str) -> StrBuf {
        let len = a.len() + b.len();
        if len > INLINE_CAP {
            return StrBuf::Heap([a, b].concat().into_boxed_str());
        }
        let mut bytes = [0u8; INLINE_CAP];
        bytes[..a.len()].copy_from_slice(a.as_bytes());
        bytes[a.len()..len].copy_from_slice(b.as_bytes());
        StrBuf::Inline {
            len: u8::try_from(len).expect("len <= INLINE_CAP"),
            bytes,
        }
    }

    /// Bytes held in a separate heap block (0 when inline).
    pub fn heap_bytes(&self) -> usize {
        match self {
            StrBuf::Inline { .. } => 0,
            StrBuf::Heap(b) => b.len(),
        }
    }
}

impl Deref for StrBuf {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            StrBuf::Inline { len, bytes } => {
                let b = &bytes[..*len as usize];
                // SAFETY: the bytes were copied whole from a `&str`, so they
                // are valid UTF-8 (and `len` never exceeds INLINE_CAP).
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            StrBuf::Heap(b) => b,
        }
    }
}

impl PartialEq for StrBuf {
    fn eq(&self, other: &StrBuf) -> bool {
        **self == **other
    }
}

impl PartialOrd for StrBuf {
    fn partial_cmp(&self, other: &StrBuf) -> Option<std::cmp::Ordering> {
        (**self).partial_cmp(&**other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_strings_are_inline_and_long_ones_are_not() {
        let short = StrBuf::copy_of("héllo");
        assert!(matches!(short, StrBuf::Inline { .. }));
        assert_eq!(&*short, "héllo");
        assert_eq!(short.heap_bytes(), 0);
        let edge = "x".repeat(INLINE_CAP);
        assert!(matches!(StrBuf::copy_of(&edge), StrBuf::Inline { .. }));
        let long = StrBuf::from_string("y".repeat(INLINE_CAP + 1));
        assert!(matches!(long, StrBuf::Heap(_)));
        assert_eq!(long.heap_bytes(), INLINE_CAP + 1);
        assert_eq!(std::mem::size_of::<StrBuf>(), 24);
        assert_eq!(&*StrBuf::concat("ab", "é"), "abé");
        assert!(matches!(StrBuf::concat("ab", "c"), StrBuf::Inline { .. }));
        let long = StrBuf::concat(&"a".repeat(20), "bcd");
        assert_eq!(&*long, format!("{}bcd", "a".repeat(20)));
        assert!(matches!(long, StrBuf::Heap(_)));
    }
}
