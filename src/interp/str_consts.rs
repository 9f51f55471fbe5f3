//! String literals share one object per literal, as in CPython, where a
//! code object's constants are made once: `state = "ready"` in a loop
//! then copies no bytes and allocates nothing, and the string keeps its
//! cached hash for the dict lookups it is used in.
//!
//! The cache is direct-mapped on the address of the literal's text in the
//! syntax tree, and bounded: a program that builds endless code with
//! `eval` replaces entries instead of growing it. An entry is used only
//! when its text equals the literal's, so a tree freed and its memory
//! reused for another literal can never be answered with the old one.

use crate::runtime::value::Value;

/// Entries: more than the distinct literals a program's hot loops use.
const BITS: u32 = 9;

pub(crate) struct StrConsts {
    entries: Box<[Option<(usize, Value)>]>,
}

impl StrConsts {
    pub(crate) fn new() -> StrConsts {
        StrConsts {
            entries: std::iter::repeat_with(|| None).take(1 << BITS).collect(),
        }
    }

    /// The string object for the literal whose text is `text`.
    pub(crate) fn get(&mut self, text: &str) -> Value {
        let addr = text.as_ptr() as usize;
        // Literals' texts are separate allocations of at least 16 bytes
        // apart: the bits above the fourth tell them apart.
        let place = (addr >> 4) & ((1 << BITS) - 1);
        let Some(entry) = self.entries.get_mut(place) else {
            return Value::str(text);
        };
        if let Some((at, Value::Str(s))) = entry {
            if *at == addr && s.as_str() == text {
                return Value::Str(s.clone());
            }
        }
        let v = Value::str(text);
        *entry = Some((addr, v.clone()));
        v
    }
}
