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
//!
//! Literals that look like names (`"ready"`, `"x"`) are interned as CPython
//! interns them: every such literal with the same text is one object, so a
//! dict key written in one place and looked up in another compares by
//! address. The intern table is bounded too.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::runtime::value::Value;

/// Entries: more than the distinct literals a program's hot loops use.
const BITS: u32 = 9;

/// Interned texts at most: past this, literals are no longer interned.
const MAX_INTERNED: usize = 1 << 14;

pub(crate) struct StrConsts {
    entries: Box<[Option<Entry>]>,
    interned: FxHashMap<Rc<str>, Value>,
    /// One string object per Latin-1 character, made when first asked for
    /// (CPython keeps these too): `for c in text` and `text[i]` allocate
    /// nothing for them.
    chars: Box<[Option<Value>]>,
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
            interned: FxHashMap::default(),
            chars: std::iter::repeat_with(|| None).take(256).collect(),
        }
    }

    /// The one-character string `c`: shared for Latin-1 characters.
    pub(crate) fn char(&mut self, c: char) -> Value {
        let Some(slot) = self.chars.get_mut(c as usize) else {
            return Value::str(c.encode_utf8(&mut [0; 4]));
        };
        slot.get_or_insert_with(|| Value::str(c.encode_utf8(&mut [0; 4])))
            .clone()
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
        self.fill(place, text)
    }

    /// The first use of a literal at its place: made (or interned) and
    /// kept there. Out of line: `get` is inlined into the evaluator, and
    /// the interning table's probe would widen its native frame.
    #[cold]
    #[inline(never)]
    fn fill(&mut self, place: usize, text: &Rc<str>) -> Value {
        let value = if looks_like_name(text) {
            intern(&mut self.interned, text)
        } else {
            Value::str(text)
        };
        if let Some(entry) = self.entries.get_mut(place) {
            *entry = Some(Entry {
                text: text.clone(),
                value: value.clone(),
            });
        }
        value
    }
}

/// CPython's rule for interning a constant: only name characters.
fn looks_like_name(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The one string object for `text` (made now if new, and kept while the
/// table has room).
fn intern(table: &mut FxHashMap<Rc<str>, Value>, text: &Rc<str>) -> Value {
    if let Some(v) = table.get(&**text) {
        return v.clone();
    }
    let value = Value::str(text);
    if table.len() < MAX_INTERNED {
        table.insert(text.clone(), value.clone());
    }
    value
}
