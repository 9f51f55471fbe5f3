//! String literals share one object per literal, as in CPython, where a
//! code object's constants are made once: `state = "ready"` in a loop
//! then copies no bytes and allocates nothing, and the string keeps its
//! cached hash for the dict lookups it is used in.
//!
//! The cache is direct-mapped on the address of the literal's text in the
//! syntax tree, and bounded: a program that builds endless code with
//! `eval` replaces entries instead of growing it. An entry keeps the
//! literal's text alive (a reference to the tree's own `Rc<str>`), so no
//! other literal can be given that address while the entry stands: the
//! same address is the same literal, with no bytes compared.

use std::rc::Rc;

use crate::runtime::value::Value;

/// Entries: more than the distinct literals a program's hot loops use.
const BITS: u32 = 9;

pub(crate) struct StrConsts {
    entries: Box<[Option<Entry>]>,
}

/// One literal: its text as the tree holds it, and its string object.
struct Entry {
    text: Rc<str>,
    value: Value,
}

impl StrConsts {
    pub(crate) fn new() -> StrConsts {
        StrConsts {
            entries: std::iter::repeat_with(|| None).take(1 << BITS).collect(),
        }
    }

    /// The string object for the literal whose text is `text`.
    pub(crate) fn get(&mut self, text: &Rc<str>) -> Value {
        let addr = text.as_ptr() as usize;
        // Literals' texts are separate allocations of at least 16 bytes
        // apart: the bits above the fourth tell them apart.
        let place = (addr >> 4) & ((1 << BITS) - 1);
        let Some(entry) = self.entries.get_mut(place) else {
            return Value::str(text);
        };
        if let Some(Entry {
            text: at,
            value: Value::Str(s),
        }) = entry
        {
            if Rc::ptr_eq(at, text) {
                return Value::Str(s.clone());
            }
        }
        let value = Value::str(text);
        *entry = Some(Entry {
            text: text.clone(),
            value: value.clone(),
        });
        value
    }
}
